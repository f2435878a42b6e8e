using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Common.Json;
using SharpStack.Image.Application.Schemas;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// The schemas Glance's metadef deserializers validate bodies against (the ones it serves, plus create_tags' list
/// schema), evaluated by JsonSchema.Net through <see cref="RequestBodySchema"/> in Glance's words.
/// </summary>
internal static class MetadefRequestSchemas
{
    private static readonly ConcurrentDictionary<string, RequestBodySchema> Schemas = new(StringComparer.Ordinal);

    /// <exception cref="BadRequestException">The body does not match the schema named <paramref name="schemaName"/>.</exception>
    public static void Validate(JsonObject body, string schemaName) =>
        Schemas.GetOrAdd(schemaName, Build).Validate(ImageRequestSchemas.Element(body));

    private static RequestBodySchema Build(string name)
    {
        var document = MetadefSchemas.Get(name);
        TightenDefault(document["properties"]);
        TightenDefault(document["definitions"]?["property"]?["additionalProperties"]?["properties"]);
        return RequestBodySchema.Parse(GlanceKeywordOrder.Apply(document).ToJsonString(), SchemaFaultStyle.Glance);
    }

    /// <summary>
    /// Glance serves a property's <c>default</c> as any value, but its API model (PropertyType.default, wsme's bytes)
    /// encodes the value as text, so through the API only a string gets stored.
    /// </summary>
    private static void TightenDefault(JsonNode? propertyFields)
    {
        if (propertyFields is JsonObject fields && fields.ContainsKey("title") && fields.ContainsKey("default"))
        {
            fields["default"] = new JsonObject { ["type"] = "string" };
        }
    }
}
