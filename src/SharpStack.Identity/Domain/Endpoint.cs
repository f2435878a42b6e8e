using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>One URL of a catalog service, for one interface in one region.</summary>
internal sealed class Endpoint
{
    public required string Id { get; init; }

    public required string ServiceId { get; set; }

    public string? RegionId { get; set; }

    /// <summary>One of <see cref="EndpointInterface"/>.</summary>
    public required string Interface { get; set; }

    public required string Url { get; set; }

    public bool Enabled { get; set; } = true;

    public JsonObject Extra { get; set; } = [];
}
