using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A service in the catalog, such as (compute, nova).</summary>
internal sealed class Service
{
    public const int TypeMaxLength = 255;
    public const int NameMaxLength = 255;

    public required string Id { get; init; }

    public required string Type { get; set; }

    public required string Name { get; set; }

    public bool Enabled { get; set; } = true;

    public string? Description { get; set; }

    public JsonObject Extra { get; set; } = [];
}
