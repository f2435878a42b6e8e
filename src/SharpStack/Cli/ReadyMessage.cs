using SharpStack.Composition;

namespace SharpStack.Cli;

/// <summary>What <c>up</c> prints once the cloud answers: a line starting <c>SharpStack is ready</c>, then how to use it.</summary>
internal static class ReadyMessage
{
    public static void Print(EmbeddedCloud cloud)
    {
        Console.WriteLine($"SharpStack is ready: {string.Join(", ", cloud.Endpoints.Select(e => $"{e.Service.Name} {e.CatalogUrl}"))}");
        if (cloud.Agents.Count > 0)
        {
            Console.WriteLine($"  Agents: {string.Join(", ", cloud.Agents.Select(agent => $"{agent.Kind} on {agent.Host}"))}");
        }

        if (cloud.GeneratedAdminPassword is not null)
        {
            Console.WriteLine($"  The admin password is {cloud.GeneratedAdminPassword} (shown once; it is kept in {cloud.OpenRcPath}).");
        }

        var tryIt = cloud.Endpoints.Select(endpoint => endpoint.Service.TryItCommand);
        Console.WriteLine($"  Use it: source {cloud.OpenRcPath}; {string.Join("; ", tryIt)}");
        Console.WriteLine($"  or: export OS_CLIENT_CONFIG_FILE={cloud.CloudsYamlPath} OS_CLOUD={ClientConfigWriter.CloudName}");
        Console.WriteLine("  Stop it with Ctrl-C.");
    }
}
