using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// Checks a metadef request body as Glance's deserializers do: read-only attributes, then the schema. Glance's
/// wsgi.Resource runs the deserializer before the controller, so this comes before the namespace lookup and policy.
/// </summary>
internal static class MetadefBody
{
    /// <summary>The read-only attributes of namespace and object bodies (their deserializers' _disallowed_properties).</summary>
    public static IReadOnlyList<string> LinksAndTimestamps { get; } = ["self", "schema", "created_at", "updated_at"];

    /// <summary>The read-only attributes of property, tag and resource type association bodies.</summary>
    public static IReadOnlyList<string> Timestamps { get; } = ["created_at", "updated_at"];

    /// <exception cref="ForbiddenException">The body sets a read-only attribute.</exception>
    /// <exception cref="BadRequestException">The body does not match the schema.</exception>
    public static void Validate(JsonObject body, string schemaName, IReadOnlyList<string> readOnly)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(readOnly);
        foreach (var key in readOnly.Where(body.ContainsKey))
        {
            throw new ForbiddenException($"Attribute '{key}' is read-only.");
        }

        MetadefRequestSchemas.Validate(body, schemaName);
    }

    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? Flag(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;
}
