namespace SharpStack.Hosting.Clients;

/// <summary>What a registration says about one target service: its options section, catalog type and default microversion.</summary>
internal sealed record ServiceTarget(string Section, string ServiceType, string? Microversion)
{
    public string HttpClientName => "SharpStack.Clients." + Section;
}
