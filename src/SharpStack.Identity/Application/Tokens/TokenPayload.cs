namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// Everything a Fernet token holds, as Keystone's payloads: the user, the methods, one scope, the expiry and the
/// audit ids. Names, roles and the catalog are looked up at validation, never carried.
/// </summary>
internal sealed record TokenPayload
{
    public required string UserId { get; init; }

    public required IReadOnlyList<string> Methods { get; init; }

    public string? ProjectId { get; init; }

    public string? DomainId { get; init; }

    /// <summary>The system scope, "all", for system-scoped tokens.</summary>
    public string? System { get; init; }

    public string? TrustId { get; init; }

    public string? ApplicationCredentialId { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>This token's audit id first, then the audit id of the token it was rescoped from (the chain).</summary>
    public required IReadOnlyList<string> AuditIds { get; init; }

    /// <summary>The Fernet timestamp: when the token was issued, in whole seconds.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    public bool IsUnscoped => ProjectId is null && DomainId is null && System is null;
}
