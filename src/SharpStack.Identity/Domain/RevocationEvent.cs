namespace SharpStack.Identity.Domain;

/// <summary>
/// Keystone's revocation event: every token issued at or before <see cref="IssuedBefore"/> whose values match all the
/// set fields is revoked. Unset fields match anything.
/// </summary>
internal sealed class RevocationEvent
{
    public int Id { get; init; }

    public string? DomainId { get; init; }

    public string? ProjectId { get; init; }

    public string? UserId { get; init; }

    public string? RoleId { get; init; }

    public string? TrustId { get; init; }

    public string? ConsumerId { get; init; }

    public string? AccessTokenId { get; init; }

    public required DateTime IssuedBefore { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public required DateTime RevokedAt { get; init; }

    public string? AuditId { get; init; }

    public string? AuditChainId { get; init; }
}
