namespace SharpStack.Identity.Application;

/// <summary>
/// A catalog service and its public, internal and admin URLs (the latter two default to the public one), with the
/// unified limits to register for it in the region (resource name to default limit) when they are not registered yet.
/// </summary>
public sealed record CatalogService(
    string Type, string Name, string Url, string? InternalUrl = null, string? AdminUrl = null, IReadOnlyDictionary<string, int>? RegisteredLimits = null)
{
    /// <summary>The URL of one endpoint interface: public, internal or admin.</summary>
    public string UrlFor(string endpointInterface) => endpointInterface switch
    {
        "internal" => InternalUrl ?? Url,
        "admin" => AdminUrl ?? Url,
        _ => Url,
    };
}
