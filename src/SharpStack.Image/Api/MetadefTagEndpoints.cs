using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/metadefs/namespaces/{namespace}/tags[/{tag_name}]</c> (api-ref/source/v2/metadefs-tags.inc).</summary>
internal static class MetadefTagEndpoints
{
    /// <summary>glance's create_tags reads it with oslo strutils.bool_from_string.</summary>
    private const string AppendHeader = "X-Openstack-Append";

    public static IEndpointRouteBuilder MapMetadefTagEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var tags = endpoints.MapGroup("/v2/metadefs/namespaces/{ns}/tags");
        tags.MapGet("", async (string ns, MetadefTagService service, HttpContext context) =>
        {
            var list = await service.ListAsync(ns, context.RequestAborted);
            return Results.Json(new JsonObject { ["tags"] = new JsonArray([.. list.Select(t => new JsonObject { ["name"] = t.Name })]) });
        });
        tags.MapPost("", async (string ns, MetadefTagService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            var created = await service.CreateManyAsync(ns, body, IsTrue(context.Request.Headers[AppendHeader].ToString()), context.RequestAborted);
            return Results.Json(
                new JsonObject { ["tags"] = new JsonArray([.. created.Select(t => new JsonObject { ["name"] = t.Name })]) },
                statusCode: StatusCodes.Status201Created);
        });
        tags.MapPost("/{name}", async (string ns, string name, MetadefTagService service, HttpContext context) =>
            Results.Json(MetadefView.Tag(await service.CreateAsync(ns, name, context.RequestAborted)), statusCode: StatusCodes.Status201Created));
        tags.MapGet("/{name}", async (string ns, string name, MetadefTagService service, HttpContext context) =>
            Results.Json(MetadefView.Tag(await service.GetAsync(ns, name, context.RequestAborted))));
        tags.MapPut("/{name}", async (string ns, string name, MetadefTagService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            return Results.Json(MetadefView.Tag(await service.UpdateAsync(ns, name, body, context.RequestAborted)));
        });
        tags.MapDelete("/{name}", async (string ns, string name, MetadefTagService service, HttpContext context) =>
        {
            await service.DeleteAsync(ns, name, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static bool IsTrue(string value) =>
        value.Trim().ToUpperInvariant() is "1" or "T" or "TRUE" or "ON" or "Y" or "YES";
}
