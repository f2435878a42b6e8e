using System.Text.Json.Serialization;

namespace SharpStack.Common.Links;

/// <summary>An OpenStack link object: <c>{"rel": "next", "href": "..."}</c>.</summary>
public sealed record Link(
    string Rel,
    string Href,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type = null);
