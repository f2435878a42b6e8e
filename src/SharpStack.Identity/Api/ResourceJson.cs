using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Hosting.Versions;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's envelope: extra attributes flattened into the resource, self links, collections with their links.</summary>
internal static class ResourceJson
{
    /// <summary>Keystone answers HEAD wherever it answers GET (Flask does), with the headers and no body.</summary>
    public static readonly string[] GetOrHead = ["GET", "HEAD"];

    public static JsonObject Resource(HttpContext context, string collection, string id, JsonObject extra, JsonObject fields)
    {
        var resource = new JsonObject();
        foreach (var (name, value) in extra)
        {
            resource[name] = value?.DeepClone();
        }

        foreach (var (name, value) in fields)
        {
            resource[name] = value?.DeepClone();
        }

        resource["links"] = new JsonObject { ["self"] = new Uri(context.GetPublicBaseUri(), $"v3/{collection}/{id}").ToString() };
        return resource;
    }

    public static IResult Member(string key, JsonObject resource, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(new JsonObject { [key] = resource }, statusCode: statusCode);

    public static IResult Collection(HttpContext context, string key, IEnumerable<JsonObject> resources, bool truncated = false) =>
        Results.Json(MarkTruncated(new JsonObject
        {
            [key] = new JsonArray([.. resources]),
            ["links"] = CollectionLinks(context),
        }, truncated));

    /// <summary>Adds <c>"truncated": true</c> to a collection cut to its <c>list_limit</c>; an uncut one has no such member.</summary>
    public static JsonObject MarkTruncated(JsonObject collection, bool truncated)
    {
        if (truncated)
        {
            collection["truncated"] = true;
        }

        return collection;
    }

    public static JsonObject CollectionLinks(HttpContext context) => new()
    {
        ["self"] = context.GetPublicRequestUri() + context.Request.QueryString.Value,
        ["previous"] = null,
        ["next"] = null,
    };

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
