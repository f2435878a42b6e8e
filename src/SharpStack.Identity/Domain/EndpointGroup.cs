using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A named filter over the catalog's endpoints (OS-EP-FILTER), which projects can be associated with.</summary>
internal sealed class EndpointGroup
{
    public const int NameMaxLength = 255;

    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Endpoint attributes to match: <c>interface</c>, <c>service_id</c> and/or <c>region_id</c>.</summary>
    public JsonObject Filters { get; set; } = [];
}
