using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Checks a metadef request body as Glance's deserializers do: read-only attributes, then the schema.</summary>
internal static class MetadefBody
{
    private static readonly string[] ReadOnly = ["self", "schema", "created_at", "updated_at"];

    /// <exception cref="ForbiddenException">The body sets a read-only attribute.</exception>
    /// <exception cref="BadRequestException">The body does not match the schema.</exception>
    public static void Validate(JsonObject body, string schemaName, bool checkReadOnly = true)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (checkReadOnly)
        {
            foreach (var key in ReadOnly.Where(body.ContainsKey))
            {
                throw new ForbiddenException($"Attribute '{key}' is read-only.");
            }
        }

        MetadefRequestSchemas.Validate(body, schemaName);
    }

    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? Flag(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;
}
