using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Import;

/// <summary>The body of <c>POST /v2/images/{id}/import</c>, checked as Glance's deserializer checks it (400 with its messages).</summary>
internal sealed record ImportRequest(JsonObject Body, string Method, string? Uri, IReadOnlyList<string>? Stores, bool AllStores, bool AllStoresMustSucceed)
{
    public static ImportRequest Parse(JsonObject? body, IReadOnlyList<string> enabledMethods)
    {
        if (body is null)
        {
            throw new BadRequestException("Body expected in request.");
        }

        if (body["method"] is not JsonObject method)
        {
            throw new BadRequestException("Import request requires a 'method' field.");
        }

        if (method["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name))
        {
            throw new BadRequestException("Import request requires a 'name' field.");
        }

        if (!enabledMethods.Contains(name))
        {
            throw new BadRequestException($"Unknown import method name '{name}'.");
        }

        var mustSucceed = Flag(body, "all_stores_must_succeed", true);
        var allStores = Flag(body, "all_stores", false);
        var uri = method["uri"] is JsonValue uriValue && uriValue.TryGetValue<string>(out var text) ? text : null;
        return new ImportRequest(body, name, uri, StoreList(body), allStores, mustSucceed);
    }

    private static bool Flag(JsonObject body, string name, bool fallback)
    {
        if (!body.TryGetPropertyValue(name, out var node))
        {
            return fallback;
        }

        return node?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new BadRequestException($"'{name}' must be boolean value only"),
        };
    }

    private static List<string>? StoreList(JsonObject body)
    {
        if (!body.TryGetPropertyValue("stores", out var node))
        {
            return null;
        }

        if (node is not JsonArray array || array.Any(item => item?.GetValueKind() != JsonValueKind.String))
        {
            throw new BadRequestException("'stores' must be a list of store ids.");
        }

        return [.. array.Select(item => item!.GetValue<string>())];
    }
}
