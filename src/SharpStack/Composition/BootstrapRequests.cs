using SharpStack.Identity.Application;

namespace SharpStack.Composition;

/// <summary>The Identity bootstrap for a set of running services: the admin account and a catalog entry per service.</summary>
internal static class BootstrapRequests
{
    public static BootstrapRequest For(IEnumerable<ServiceEndpoint> endpoints, string regionName, string? adminPassword, IList<ServiceUser>? serviceUsers = null) => new(
        adminPassword,
        regionName,
        [.. endpoints.Select(endpoint => new CatalogService(
            endpoint.Service.CatalogType, endpoint.Service.CatalogName, endpoint.CatalogUrl, RegisteredLimits: endpoint.Service.RegisteredLimits))],
        serviceUsers ?? [],
        ResetPasswords: adminPassword is not null);
}
