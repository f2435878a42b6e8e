using System.Text.Json.Serialization;
using SharpStack.Common.Links;

namespace SharpStack.Common.Versions;

/// <summary>One entry of a version discovery document; unset fields are left out of the JSON.</summary>
public sealed record ApiVersion
{
    public required string Id { get; init; }

    public required string Status { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MinVersion { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MaxVersion { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Updated { get; init; }

    public IReadOnlyList<Link> Links { get; init; } = [];

    [JsonPropertyName("media-types")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MediaType>? MediaTypes { get; init; }
}
