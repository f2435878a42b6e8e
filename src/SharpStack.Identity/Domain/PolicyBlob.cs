using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>An opaque policy document stored for other services (Keystone's <c>/v3/policies</c>); Identity never evaluates it.</summary>
internal sealed class PolicyBlob
{
    public const int TypeMaxLength = 255;

    public required string Id { get; init; }

    public required string Blob { get; set; }

    public required string Type { get; set; }

    public JsonObject Extra { get; set; } = [];
}
