using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A local Keystone user; the name is unique within its domain.</summary>
internal sealed class User
{
    public const int NameMaxLength = 255;
    public const int PasswordHashMaxLength = 128;

    public required string Id { get; init; }

    public required string DomainId { get; set; }

    public required string Name { get; set; }

    public bool Enabled { get; set; } = true;

    public string? DefaultProjectId { get; set; }

    /// <summary>The bcrypt hash of the current password; null for users who cannot log in with a password.</summary>
    public string? PasswordHash { get; set; }

    public DateTime? PasswordCreatedAt { get; set; }

    public DateTime? PasswordExpiresAt { get; set; }

    /// <summary>Keystone's user options (ignore_password_expiry, multi_factor_auth_rules, ...).</summary>
    public JsonObject Options { get; set; } = [];

    public JsonObject Extra { get; set; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? LastActiveAt { get; set; }

    /// <summary>Failed password authentications since the last success (Keystone's <c>local_user.failed_auth_count</c>).</summary>
    public int? FailedAuthCount { get; set; }

    public DateTime? FailedAuthAt { get; set; }
}
