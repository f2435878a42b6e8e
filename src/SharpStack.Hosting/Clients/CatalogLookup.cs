using SharpStack.Common;
using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>Picks an endpoint from a token's catalog as keystoneauth does: by service type (or its known aliases), interface in order of preference, and region.</summary>
internal static class CatalogLookup
{
    // From the service-types-authority: the names older catalogs still use for a type.
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        [ServiceNames.BlockStorage] = ["volumev3", "volumev2", "volume", "block-store"],
        [ServiceNames.ObjectStorage] = ["object-storage"],
    };

    public static string? Find(IReadOnlyList<CatalogService> catalog, string serviceType, IReadOnlyList<string> interfaces, string? region)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(interfaces);
        var types = Aliases.TryGetValue(serviceType, out var aliases) ? [serviceType, .. aliases] : new[] { serviceType };
        foreach (var endpointInterface in interfaces)
        {
            foreach (var type in types)
            {
                var match = catalog
                    .Where(service => string.Equals(service.Type, type, StringComparison.Ordinal))
                    .SelectMany(service => service.Endpoints)
                    .FirstOrDefault(endpoint => string.Equals(endpoint.Interface, endpointInterface, StringComparison.Ordinal)
                        && (string.IsNullOrEmpty(region) || endpoint.Region == region || endpoint.RegionId == region));
                if (match is not null)
                {
                    return match.Url;
                }
            }
        }

        return null;
    }
}
