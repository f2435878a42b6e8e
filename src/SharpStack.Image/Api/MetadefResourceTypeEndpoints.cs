using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/metadefs/resource_types</c> and a namespace's associations (api-ref/source/v2/metadefs-resourcetypes.inc).</summary>
internal static class MetadefResourceTypeEndpoints
{
    public static IEndpointRouteBuilder MapMetadefResourceTypeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v2/metadefs/resource_types", async (MetadefResourceTypeService service, HttpContext context) =>
        {
            var types = await service.ListAsync(context.RequestAborted);
            return Results.Json(new JsonObject { ["resource_types"] = new JsonArray([.. types.Select(MetadefView.ResourceType)]) });
        });
        var associations = endpoints.MapGroup("/v2/metadefs/namespaces/{ns}/resource_types");
        associations.MapGet("", async (string ns, MetadefResourceTypeService service, HttpContext context) =>
        {
            var list = await service.ListAssociationsAsync(ns, context.RequestAborted);
            return Results.Json(new JsonObject { ["resource_type_associations"] = new JsonArray([.. list.Select(MetadefView.Association)]) });
        });
        associations.MapPost("", async (string ns, MetadefResourceTypeService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            var created = await service.AssociateAsync(ns, body, context.RequestAborted);
            return Results.Json(MetadefView.Association(created), statusCode: StatusCodes.Status201Created);
        });
        associations.MapDelete("/{name}", async (string ns, string name, MetadefResourceTypeService service, HttpContext context) =>
        {
            await service.DissociateAsync(ns, name, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }
}
