using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Catalog;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/endpoints</c> (api-ref service-catalog.inc, endpoints).</summary>
internal static class EndpointEndpoints
{
    public static IEndpointRouteBuilder MapEndpointEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/endpoints", async (HttpContext context, EndpointService catalog, IdentityPolicyEnforcer policy, ListLimits limits) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.ListEndpoints);
            var query = context.Request.Query;
            var list = limits.Apply(await catalog.ListAsync(
                query["interface"].FirstOrDefault(), query["service_id"].FirstOrDefault(), query["region_id"].FirstOrDefault(), context.RequestAborted),
                ListLimitSections.Catalog);
            return Results.Json(ResourceJson.MarkTruncated(new JsonObject
            {
                ["endpoints"] = new JsonArray([.. list.Items.Select(e => (JsonNode)View(context, e))]),
                ["links"] = RoleAssignmentHttp.CollectionLinks(context),
            }, list.Truncated));
        });

        endpoints.MapPost("/v3/endpoints", async (HttpContext context, EndpointService catalog, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.CreateEndpoint);
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "endpoint");
            var endpoint = await catalog.CreateAsync(body, context.RequestAborted);
            return Results.Json(new { endpoint = View(context, endpoint) }, statusCode: StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("endpoint-create"));

        endpoints.MapGet("/v3/endpoints/{endpointId}", async (HttpContext context, string endpointId, EndpointService catalog, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.GetEndpoint);
            return Results.Json(new { endpoint = View(context, await catalog.GetAsync(endpointId, context.RequestAborted)) });
        });

        endpoints.MapPatch("/v3/endpoints/{endpointId}", async (HttpContext context, string endpointId, EndpointService catalog, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.UpdateEndpoint);
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "endpoint");
            return Results.Json(new { endpoint = View(context, await catalog.UpdateAsync(endpointId, body, context.RequestAborted)) });
        }).WithBodySchema(IdentitySchemas.Get("endpoint-update"));

        endpoints.MapDelete("/v3/endpoints/{endpointId}", async (HttpContext context, string endpointId, EndpointService catalog, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.DeleteEndpoint);
            await catalog.DeleteAsync(endpointId, context.RequestAborted);
            return Results.NoContent();
        });

        return endpoints;
    }

    public static JsonObject View(HttpContext context, Domain.Endpoint endpoint)
    {
        var json = endpoint.Extra.DeepClone().AsObject();
        json["id"] = endpoint.Id;
        json["interface"] = endpoint.Interface;
        json["region_id"] = endpoint.RegionId;
        json["region"] = endpoint.RegionId;
        json["service_id"] = endpoint.ServiceId;
        json["url"] = endpoint.Url;
        json["enabled"] = endpoint.Enabled;
        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/endpoints/{endpoint.Id}");
        return json;
    }
}
