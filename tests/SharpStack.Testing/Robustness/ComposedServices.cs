using SharpStack.Common;
using SharpStack.Composition;
using SharpStack.Hosting.Auth;

namespace SharpStack.Testing.Robustness;

/// <summary>The services of <c>CloudComposition.Default</c>, so that a test covers every service the day it joins.</summary>
public static class ComposedServices
{
    public static IReadOnlyList<ComposedService> Default { get; } = [.. CloudComposition.Default.Services.Select(From)];

    private static ComposedService From(ServiceDefinition service) => new(
        service.Name,
        service.CatalogType,
        service.CatalogName,
        service.CatalogType == ServiceNames.Identity,
        service.AddServices,
        service.MapApi,
        service.RegisteredLimits,
        region => Settings(service, region));

    private static Dictionary<string, string?> Settings(ServiceDefinition service, string region)
    {
        var settings = new Dictionary<string, string?>(service.EmbeddedDefaults(new EmbeddedSettings(region)), StringComparer.OrdinalIgnoreCase);
        if (service.ServiceUser is { } user)
        {
            settings.TryAdd($"{KeystoneAuthTokenOptions.SectionName}:username", user.Name);
        }

        return settings;
    }
}
