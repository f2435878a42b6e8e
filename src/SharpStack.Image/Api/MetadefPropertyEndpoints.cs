using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/metadefs/namespaces/{namespace}/properties[/{property_name}]</c> (api-ref/source/v2/metadefs-properties.inc).</summary>
internal static class MetadefPropertyEndpoints
{
    public static IEndpointRouteBuilder MapMetadefPropertyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var properties = endpoints.MapGroup("/v2/metadefs/namespaces/{ns}/properties");
        properties.MapGet("", async (string ns, MetadefPropertyService service, HttpContext context) =>
        {
            var map = new JsonObject();
            foreach (var property in await service.ListAsync(ns, context.RequestAborted))
            {
                map[property.Name] = MetadefView.Property(property, withName: false);
            }

            return Results.Json(new JsonObject { ["properties"] = map });
        });
        properties.MapPost("", async (string ns, MetadefPropertyService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            var created = await service.CreateAsync(ns, body, context.RequestAborted);
            return Results.Json(MetadefView.Property(created, withName: true), statusCode: StatusCodes.Status201Created);
        });
        properties.MapGet("/{name}", async (string ns, string name, MetadefPropertyService service, HttpContext context) =>
        {
            var property = await service.GetAsync(ns, name, context.Request.Query["resource_type"].ToString(), context.RequestAborted);
            return Results.Json(MetadefView.Property(property, withName: true));
        });
        properties.MapPut("/{name}", async (string ns, string name, MetadefPropertyService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            return Results.Json(MetadefView.Property(await service.UpdateAsync(ns, name, body, context.RequestAborted), withName: true));
        });
        properties.MapDelete("/{name}", async (string ns, string name, MetadefPropertyService service, HttpContext context) =>
        {
            await service.DeleteAsync(ns, name, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }
}
