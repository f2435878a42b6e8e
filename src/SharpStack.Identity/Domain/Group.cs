using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A group of users within a domain; roles granted to it apply to its members.</summary>
internal sealed class Group
{
    public const int NameMaxLength = 64;

    public required string Id { get; init; }

    public required string DomainId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public JsonObject Extra { get; set; } = [];
}
