using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SharpStack.Identity.Application.Limits;

/// <summary>Keystone's links: a member's <c>self</c>, and a collection's <c>self</c> (with the query), <c>previous</c> and <c>next</c>.</summary>
internal static class ResourceLinks
{
    public static JsonObject Member(Uri baseUri, string collection, string id) =>
        new() { ["self"] = new Uri(baseUri, $"v3/{collection}/{id}").ToString() };

    public static JsonObject Collection(Uri baseUri, string collection, QueryString query) => new()
    {
        ["self"] = new Uri(baseUri, $"v3/{collection}").ToString() + query.Value,
        ["previous"] = null,
        ["next"] = null,
    };
}
