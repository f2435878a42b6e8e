using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;

namespace SharpStack.Identity.Api;

/// <summary>What the role, assignment and catalog endpoints share: Keystone's links and body envelopes.</summary>
internal static class RoleAssignmentHttp
{
    /// <summary>Keystone's base_url: the public endpoint followed by <c>/v3</c>.</summary>
    public static string V3(HttpContext context) => context.GetPublicBaseUri().ToString().TrimEnd('/') + "/v3";

    /// <summary>A collection's links; <c>self</c> repeats the query string as Keystone's full_url does.</summary>
    public static JsonObject CollectionLinks(HttpContext context) => new()
    {
        ["self"] = V3(context) + WithoutV3(context.Request.Path.Value ?? "") + context.Request.QueryString.Value,
        ["previous"] = null,
        ["next"] = null,
    };

    private static string WithoutV3(string path) => path.StartsWith("/v3", StringComparison.Ordinal) ? path[3..] : path;

    public static JsonObject SelfLink(HttpContext context, string path) => new() { ["self"] = V3(context) + path };

    /// <summary>Reads <c>{"&lt;member&gt;": {...}}</c>, answering 400 as Keystone's schema validation does.</summary>
    public static async Task<JsonObject> ReadMemberAsync(HttpRequest request, string member)
    {
        var body = await request.ReadJsonBodyAsync<JsonNode>(request.HttpContext.RequestAborted);
        if (body is not JsonObject root || !root.TryGetPropertyValue(member, out var value))
        {
            throw new BadRequestException($"'{member}' is a required property");
        }

        return value as JsonObject ?? throw new BadRequestException($"Invalid input for field '{member}': {Python(value)} is not of type 'object'");
    }

    public static string Python(JsonNode? value) => value switch
    {
        null => "None",
        JsonValue v when v.TryGetValue<string>(out var s) => $"'{s}'",
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        _ => value.ToJsonString(),
    };

    public static bool IsTrue(HttpRequest request, string name)
    {
        if (!request.Query.TryGetValue(name, out var values))
        {
            return false;
        }

        // Keystone's query_filter_is_true: a bare flag or anything but "0"/"false" turns it on.
        var value = values.ToString();
        return !value.Equals("0", StringComparison.Ordinal) && !value.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
