using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/metadefs/namespaces/{namespace}/objects[/{object_name}]</c> (api-ref/source/v2/metadefs-objects.inc).</summary>
internal static class MetadefObjectEndpoints
{
    public static IEndpointRouteBuilder MapMetadefObjectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var objects = endpoints.MapGroup("/v2/metadefs/namespaces/{ns}/objects");
        objects.MapGet("", async (string ns, MetadefObjectService service, HttpContext context) =>
        {
            var list = await service.ListAsync(ns, context.RequestAborted);
            return Results.Json(new JsonObject
            {
                ["objects"] = new JsonArray([.. list.Select(o => MetadefView.Object(ns, o))]),
                ["schema"] = "v2/schemas/metadefs/objects",
            });
        });
        objects.MapPost("", async (string ns, MetadefObjectService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            var created = await service.CreateAsync(ns, body, context.RequestAborted);
            return Results.Json(MetadefView.Object(ns, created), statusCode: StatusCodes.Status201Created);
        });
        objects.MapGet("/{name}", async (string ns, string name, MetadefObjectService service, HttpContext context) =>
            Results.Json(MetadefView.Object(ns, await service.GetAsync(ns, name, context.RequestAborted))));
        objects.MapPut("/{name}", async (string ns, string name, MetadefObjectService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            return Results.Json(MetadefView.Object(ns, await service.UpdateAsync(ns, name, body, context.RequestAborted)));
        });
        objects.MapDelete("/{name}", async (string ns, string name, MetadefObjectService service, HttpContext context) =>
        {
            await service.DeleteAsync(ns, name, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }
}
