namespace SharpStack.Common.Auth;

/// <summary>Who made the request, as Identity vouched for their token.</summary>
public sealed record AuthContext
{
    public required string Token { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public required string UserId { get; init; }

    public string? UserName { get; init; }

    public string? UserDomainId { get; init; }

    public string? UserDomainName { get; init; }

    public string? ProjectId { get; init; }

    public string? ProjectName { get; init; }

    public string? ProjectDomainId { get; init; }

    public string? ProjectDomainName { get; init; }

    /// <summary>Set when the token is scoped to a domain rather than a project.</summary>
    public string? DomainId { get; init; }

    public string? DomainName { get; init; }

    /// <summary>The system scope (<c>all</c>) when the token is system-scoped.</summary>
    public string? SystemScope { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> AuditIds { get; init; } = [];

    public IReadOnlyList<CatalogService> Catalog { get; init; } = [];

    /// <summary>The validated <c>X-Service-Token</c> that came with the request, if any.</summary>
    public AuthContext? ServiceToken { get; init; }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
