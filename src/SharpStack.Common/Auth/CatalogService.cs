namespace SharpStack.Common.Auth;

/// <summary>A service of the token's catalog.</summary>
public sealed record CatalogService(string Id, string Type, string? Name, IReadOnlyList<CatalogEndpoint> Endpoints);
