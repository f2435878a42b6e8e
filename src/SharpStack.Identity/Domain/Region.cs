using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A catalog region, optionally nested under a parent region.</summary>
internal sealed class Region
{
    public const int IdMaxLength = 255;
    public const int DescriptionMaxLength = 255;

    public required string Id { get; init; }

    public string Description { get; set; } = "";

    public string? ParentRegionId { get; set; }

    public JsonObject Extra { get; set; } = [];
}
