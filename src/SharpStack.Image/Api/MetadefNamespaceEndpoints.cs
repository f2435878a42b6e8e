using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using SharpStack.Hosting.Versions;
using SharpStack.Image.Application.Metadefs;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/metadefs/namespaces[/{namespace}]</c> (api-ref/source/v2/metadefs-namespaces.inc).</summary>
internal static class MetadefNamespaceEndpoints
{
    private const string Collection = "/v2/metadefs/namespaces";

    public static IEndpointRouteBuilder MapMetadefNamespaceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Collection, async (MetadefNamespaceService service, HttpContext context) =>
        {
            var query = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            var (page, next) = await service.ListAsync(MetadefNamespaceQuery.Parse(query), context.RequestAborted);
            var body = new JsonObject
            {
                ["namespaces"] = new JsonArray([.. page.Select(ns => MetadefView.Namespace(ns, withAssociations: true))]),
                ["first"] = Link(context.Request.Query, null),
                ["schema"] = "/v2/schemas/metadefs/namespaces",
            };
            if (next is not null)
            {
                body["next"] = Link(context.Request.Query, next);
            }

            return Results.Json(body);
        });
        endpoints.MapPost(Collection, async (MetadefNamespaceCreator creator, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            var ns = await creator.CreateAsync(body, context.RequestAborted);
            context.Response.Headers.Location = context.GetPublicLocation("v2", "metadefs", "namespaces", ns.Namespace);
            return Results.Json(MetadefNamespaceDetail.Render(ns), statusCode: StatusCodes.Status201Created);
        });
        endpoints.MapGet(Collection + "/{ns}", async (string ns, MetadefNamespaceService service, HttpContext context) =>
        {
            var found = await service.ShowAsync(ns, context.RequestAborted);
            return Results.Json(MetadefNamespaceDetail.Render(found, context.Request.Query["resource_type"].ToString()));
        });
        endpoints.MapPut(Collection + "/{ns}", async (string ns, MetadefNamespaceService service, HttpContext context) =>
        {
            var body = await ImageRequestBody.ReadObjectAsync(context.Request, "Body expected in request.", context.RequestAborted);
            return Results.Json(MetadefView.Namespace(await service.UpdateAsync(ns, body, context.RequestAborted), withAssociations: false));
        });
        endpoints.MapDelete(Collection + "/{ns}", async (string ns, MetadefNamespaceService service, HttpContext context) =>
        {
            await service.DeleteAsync(ns, context.RequestAborted);
            return Results.NoContent();
        });
        MapBulkDelete(endpoints, "objects", MetadefParts.Objects);
        MapBulkDelete(endpoints, "properties", MetadefParts.Properties);
        MapBulkDelete(endpoints, "tags", MetadefParts.Tags);
        return endpoints;
    }

    private static void MapBulkDelete(IEndpointRouteBuilder endpoints, string children, MetadefParts part) =>
        endpoints.MapDelete($"{Collection}/{{ns}}/{children}", async (string ns, MetadefNamespaceService service, HttpContext context) =>
        {
            await service.DeleteChildrenAsync(ns, part, context.RequestAborted);
            return Results.NoContent();
        });

    private static string Link(IQueryCollection query, string? marker)
    {
        List<KeyValuePair<string, string?>> parameters =
            [.. query.Where(p => p.Key != "marker").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))];
        if (marker is not null)
        {
            parameters.Add(new("marker", marker));
        }

        return parameters.Count == 0 ? Collection : QueryHelpers.AddQueryString(Collection, parameters);
    }
}
