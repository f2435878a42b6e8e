using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A Keystone domain: the namespace of projects, users, groups and domain-specific roles.</summary>
internal sealed class IdentityDomain
{
    public const string DefaultId = "default";
    public const int NameMaxLength = 64;

    public required string Id { get; init; }

    public required string Name { get; set; }

    public bool Enabled { get; set; } = true;

    public string? Description { get; set; }

    /// <summary>Keystone's resource options; only <c>immutable</c> is defined.</summary>
    public JsonObject Options { get; set; } = [];

    public JsonObject Extra { get; set; } = [];
}
