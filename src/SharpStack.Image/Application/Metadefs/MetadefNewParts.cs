using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Schemas;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Builds objects and properties from request JSON, shared by namespace create and the child resources.</summary>
internal static class MetadefNewParts
{
    private static readonly string[] RequiredInProperty = ["title", "type"];

    /// <summary>Checks one property definition (title and type required) and returns it without its name, as stored.</summary>
    /// <exception cref="BadRequestException">The definition does not match Glance's property schema.</exception>
    public static string PropertySchema(JsonNode? definition, string schemaName)
    {
        if (definition is not JsonObject value)
        {
            throw new BadRequestException($"Provided object does not match schema '{schemaName}': {PythonRepr.Of(definition)} is not of type 'object'");
        }

        SchemaValidator.Validate(value, MetadefSchemas.Shared("property"));
        foreach (var name in RequiredInProperty.Where(n => !value.ContainsKey(n)))
        {
            throw new BadRequestException($"Provided object does not match schema '{schemaName}': '{name}' is a required property");
        }

        var stored = (JsonObject)value.DeepClone();
        stored.Remove("name");
        return stored.ToJsonString();
    }

    /// <summary>The properties of an object or namespace body, checked, as a JSON object of definitions.</summary>
    public static string PropertiesSchema(JsonNode? properties, string schemaName)
    {
        var result = new JsonObject();
        if (properties is JsonObject map)
        {
            foreach (var (name, definition) in map)
            {
                result[name] = JsonNode.Parse(PropertySchema(definition, schemaName));
            }
        }

        return result.ToJsonString();
    }

    public static MetadefObject Object(JsonObject body, DateTime now, string schemaName) => new()
    {
        Name = MetadefSaving.CheckLength(MetadefBody.Text(body, "name") ?? "", MetadefObject.NameMaxLength, schemaName),
        Description = MetadefBody.Text(body, "description"),
        Required = body["required"] is JsonArray required ? required.ToJsonString() : null,
        JsonSchema = PropertiesSchema(body["properties"], schemaName),
        CreatedAt = now,
        UpdatedAt = now,
    };
}
