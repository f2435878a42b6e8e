using Microsoft.Extensions.Configuration;
using SharpStack.Hosting.Auth;

namespace SharpStack.Composition;

/// <summary>The configuration one service's application reads: its entry's defaults underneath the process's configuration.</summary>
internal static class ServiceConfiguration
{
    public static IConfiguration For(ServiceDefinition service, IConfiguration process, IReadOnlyDictionary<string, string?>? embeddedDefaults = null)
    {
        var defaults = new Dictionary<string, string?>(embeddedDefaults ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase);
        if (service.ServiceUser is { } user)
        {
            defaults.TryAdd($"{KeystoneAuthTokenOptions.SectionName}:username", user.Name);
        }

        return new ConfigurationBuilder()
            .AddInMemoryCollection(defaults)
            .AddConfiguration(process)
            .Build();
    }
}
