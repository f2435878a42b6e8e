using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A role, global or specific to a domain; names are unique per domain, the global ones included.</summary>
internal sealed class Role
{
    /// <summary>
    /// The domain_id stored for global roles. As in Keystone, a sentinel instead of NULL lets one unique
    /// constraint on (name, domain_id) hold on every database, since NULLs never collide in a unique index.
    /// </summary>
    public const string GlobalDomainId = "<<null>>";
    public const int NameMaxLength = 255;
    public const int DescriptionMaxLength = 255;

    public required string Id { get; init; }

    public required string Name { get; set; }

    public string DomainId { get; set; } = GlobalDomainId;

    public string? Description { get; set; }

    /// <summary>Keystone's resource options; only <c>immutable</c> is defined.</summary>
    public JsonObject Options { get; set; } = [];

    public JsonObject Extra { get; set; } = [];

    public bool IsGlobal => DomainId == GlobalDomainId;
}
