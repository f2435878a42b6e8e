namespace SharpStack.Common.Auth;

/// <summary>One endpoint of a catalog service.</summary>
public sealed record CatalogEndpoint(string Id, string Interface, string? Region, string? RegionId, string Url);
