using SharpStack.Identity.Application;

namespace SharpStack.Composition;

/// <summary>The Identity bootstrap for a set of running services: the admin account, a catalog entry per service and the service users.</summary>
internal static class BootstrapRequests
{
    /// <summary>A request that sets every password it is given, on users that exist already too.</summary>
    public static BootstrapRequest For(IEnumerable<ServiceEndpoint> endpoints, string regionName, string? adminPassword, IList<ServiceUser> serviceUsers) => new(
        adminPassword,
        regionName,
        [.. endpoints.Select(endpoint => new CatalogService(
            endpoint.Service.CatalogType, endpoint.Service.CatalogName, endpoint.CatalogUrl, RegisteredLimits: endpoint.Service.RegisteredLimits))],
        serviceUsers,
        ResetPasswords: adminPassword is not null || serviceUsers.Any(user => user.Password is not null));
}
