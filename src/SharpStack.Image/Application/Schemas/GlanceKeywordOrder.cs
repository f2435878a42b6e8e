using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Schemas;

/// <summary>
/// Orders a schema's keywords so that the first failing one is the one Glance reports. Glance's jsonschema.validate
/// raises best_match, the failure nearest the body's root (a missing required member before a wrong type inside a
/// member), and among equals the first in its Python dict, where <c>type</c> comes first; the served copies list
/// keywords alphabetically.
/// </summary>
internal static class GlanceKeywordOrder
{
    private static readonly string[] Applicators = ["properties", "patternProperties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "$ref"];
    private static readonly string[] SchemaMaps = ["properties", "patternProperties", "definitions", "$defs"];

    public static JsonObject Apply(JsonObject schema) => (JsonObject)Schema(schema)!;

    private static JsonNode? Schema(JsonNode? node) => node switch
    {
        JsonObject schema => new JsonObject(schema
            .OrderBy(pair => Rank(pair.Key, pair.Value))
            .Select(pair => KeyValuePair.Create(pair.Key, SchemaMaps.Contains(pair.Key) ? Map(pair.Value) : Schema(pair.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Schema)]),
        _ => node?.DeepClone(),
    };

    /// <summary>A keyword whose value names subschemas (properties, definitions): the names keep their order.</summary>
    private static JsonNode? Map(JsonNode? node) => node is JsonObject map
        ? new JsonObject(map.Select(pair => KeyValuePair.Create(pair.Key, Schema(pair.Value))))
        : Schema(node);

    private static int Rank(string keyword, JsonNode? value) =>
        keyword == "type" ? 0
        : keyword == "additionalProperties" && value is JsonValue ? 1
        : Applicators.Contains(keyword) ? 2
        : 1;
}
