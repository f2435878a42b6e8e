using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// The metadata definition schemas Glance serves under <c>/v2/schemas/metadefs/</c> (glance/api/v2/schemas.py),
/// as its api-ref samples show them; also used to validate request bodies.
/// </summary>
internal static class MetadefSchemas
{
    public static IReadOnlyList<string> Names { get; } =
        ["namespace", "namespaces", "object", "objects", "property", "properties", "resource_type", "resource_types", "tag", "tags"];

    private static readonly ConcurrentDictionary<string, JsonObject> Documents = new(StringComparer.Ordinal);

    /// <summary>A copy of the schema served at <c>/v2/schemas/metadefs/{name}</c>.</summary>
    public static JsonObject Get(string name) => (JsonObject)Shared(name).DeepClone();

    /// <summary>The parsed schema, shared and read-only, for validation.</summary>
    public static JsonObject Shared(string name) => Documents.GetOrAdd(name, Load);

    private static JsonObject Load(string name)
    {
        var resource = $"{typeof(MetadefSchemas).Namespace}.Schemas.{name}.json";
        using var stream = typeof(MetadefSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema resource {resource} is missing from the build.");
        return JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException($"The schema resource {resource} is empty.");
    }
}
