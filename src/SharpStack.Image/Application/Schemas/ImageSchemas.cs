using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Schemas;

/// <summary>
/// The JSON schemas Glance serves under <c>/v2/schemas</c> (glance/api/v2/schemas.py): the image schema with the
/// custom properties of Glance's etc/schema-image.json, its collection, and the member schemas in their minimal form.
/// </summary>
internal static class ImageSchemas
{
    private static readonly Lazy<JsonObject> ImageDocument = new(() => Load("image.json"));
    private static readonly Lazy<JsonObject> MemberDocument = new(() => Load("member.json"));

    /// <summary>The image schema; callers get their own copy.</summary>
    public static JsonObject Image() => (JsonObject)ImageDocument.Value.DeepClone();

    /// <summary>The parsed image schema, shared and read-only, for validation.</summary>
    public static JsonObject ImageForValidation => ImageDocument.Value;

    public static JsonObject Images() => new()
    {
        ["name"] = "images",
        ["properties"] = new JsonObject
        {
            ["images"] = new JsonObject { ["type"] = "array", ["items"] = Image() },
            ["first"] = new JsonObject { ["type"] = "string" },
            ["next"] = new JsonObject { ["type"] = "string" },
            ["schema"] = new JsonObject { ["type"] = "string" },
        },
        ["links"] = new JsonArray(Link("first", "{first}"), Link("next", "{next}"), Link("describedby", "{schema}")),
    };

    public static JsonObject Member() => (JsonObject)MemberDocument.Value.DeepClone();

    public static JsonObject Members() => new()
    {
        ["name"] = "members",
        ["properties"] = new JsonObject
        {
            ["members"] = new JsonObject { ["type"] = "array", ["items"] = Member() },
            ["schema"] = new JsonObject { ["type"] = "string" },
        },
        ["links"] = new JsonArray(Link("describedby", "{schema}")),
    };

    private static JsonObject Link(string rel, string href) => new() { ["rel"] = rel, ["href"] = href };

    private static JsonObject Load(string file)
    {
        var name = $"{typeof(ImageSchemas).Namespace}.{file}";
        using var stream = typeof(ImageSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource {name} is missing from the build.");
        return JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException($"The schema resource {name} is empty.");
    }
}
