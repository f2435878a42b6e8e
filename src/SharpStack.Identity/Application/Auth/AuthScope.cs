namespace SharpStack.Identity.Application.Auth;

/// <summary>The requested scope; a project by id or by name with its domain by id or name, a domain by id or name.</summary>
internal sealed record AuthScope(AuthScopeKind Kind)
{
    public static AuthScope Default { get; } = new(AuthScopeKind.Default);

    public string? ProjectId { get; init; }

    public string? ProjectName { get; init; }

    public string? DomainId { get; init; }

    public string? DomainName { get; init; }

    public string? TrustId { get; init; }
}
