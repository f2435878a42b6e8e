namespace SharpStack.Identity.Domain;

/// <summary>One password a local user has had (Keystone's <c>password</c> table): the newest is the current one.</summary>
internal sealed class UserPassword
{
    public int Id { get; init; }

    public required string UserId { get; init; }

    public string? PasswordHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ExpiresAt { get; set; }

    /// <summary>Set by the user themselves (the self-service change), not by an administrator.</summary>
    public bool SelfService { get; init; }
}
