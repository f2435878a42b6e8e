namespace SharpStack.Identity.Domain;

/// <summary>
/// A user's application credential: a secret that authenticates as the user on one project with a subset of the user's
/// roles there, optionally limited to access rules. The name is unique per user; only the secret's hash is kept.
/// </summary>
internal sealed class ApplicationCredential
{
    public const int NameMaxLength = 255;
    public const int SecretHashMaxLength = 255;

    /// <summary>Keystone's internal_id: the key the role and access-rule rows refer to.</summary>
    public int InternalId { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string SecretHash { get; init; }

    public string? Description { get; init; }

    public required string UserId { get; init; }

    public string? ProjectId { get; init; }

    public string? System { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public bool Unrestricted { get; init; }

    public List<ApplicationCredentialRole> Roles { get; init; } = [];

    public List<ApplicationCredentialAccessRule> AccessRules { get; init; } = [];
}
