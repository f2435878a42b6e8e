using System.Text.Json.Nodes;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Builds objects and properties from request JSON, shared by namespace create and the child resources.</summary>
internal static class MetadefNewParts
{
    /// <summary>One property definition, already checked against the body's schema, as stored: without its name.</summary>
    public static string PropertySchema(JsonNode? definition)
    {
        var stored = definition?.DeepClone() as JsonObject
            ?? throw new InvalidOperationException("A property definition reached storage without passing its schema.");
        stored.Remove("name");
        return stored.ToJsonString();
    }

    /// <summary>The properties of an object or namespace body, checked, as a JSON object of definitions.</summary>
    public static string PropertiesSchema(JsonNode? properties)
    {
        var result = new JsonObject();
        if (properties is JsonObject map)
        {
            foreach (var (name, definition) in map)
            {
                result[name] = JsonNode.Parse(PropertySchema(definition));
            }
        }

        return result.ToJsonString();
    }

    public static MetadefObject Object(JsonObject body, DateTime now, string schemaName) => new()
    {
        Name = MetadefSaving.CheckLength(MetadefBody.Text(body, "name") ?? "", MetadefObject.NameMaxLength, schemaName),
        Description = MetadefBody.Text(body, "description"),
        Required = body["required"] is JsonArray required ? required.ToJsonString() : null,
        JsonSchema = PropertiesSchema(body["properties"]),
        CreatedAt = now,
        UpdatedAt = now,
    };
}
