using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Catalog;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/regions</c> (api-ref service-catalog.inc, regions).</summary>
internal static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/regions", async (HttpContext context, RegionService regions, IdentityPolicyEnforcer policy, ListLimits limits) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.ListRegions);
            var list = limits.Apply(await regions.ListAsync(context.Request.Query["parent_region_id"].FirstOrDefault(), context.RequestAborted), ListLimitSections.Catalog);
            return Results.Json(ResourceJson.MarkTruncated(new JsonObject
            {
                ["regions"] = new JsonArray([.. list.Items.Select(r => (JsonNode)View(context, r))]),
                ["links"] = RoleAssignmentHttp.CollectionLinks(context),
            }, list.Truncated));
        });

        endpoints.MapPost("/v3/regions", (HttpContext context, RegionService regions, IdentityPolicyEnforcer policy) =>
            CreateAsync(context, regions, policy, null)).WithBodySchema(IdentitySchemas.Get("region-create"));

        endpoints.MapPut("/v3/regions/{regionId}", (HttpContext context, string regionId, RegionService regions, IdentityPolicyEnforcer policy) =>
            CreateAsync(context, regions, policy, regionId)).WithBodySchema(IdentitySchemas.Get("region-create"));

        endpoints.MapGet("/v3/regions/{regionId}", async (HttpContext context, string regionId, RegionService regions, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.GetRegion);
            return Results.Json(new { region = View(context, await regions.GetAsync(regionId, context.RequestAborted)) });
        });

        endpoints.MapPatch("/v3/regions/{regionId}", async (HttpContext context, string regionId, RegionService regions, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.UpdateRegion);
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "region");
            return Results.Json(new { region = View(context, await regions.UpdateAsync(regionId, body, context.RequestAborted)) });
        }).WithBodySchema(IdentitySchemas.Get("region-update"));

        endpoints.MapDelete("/v3/regions/{regionId}", async (HttpContext context, string regionId, RegionService regions, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.DeleteRegion);
            await regions.DeleteAsync(regionId, context.RequestAborted);
            return Results.NoContent();
        });

        return endpoints;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, RegionService regions, IdentityPolicyEnforcer policy, string? regionId)
    {
        policy.Enforce(context.GetAuth(), CatalogPolicies.CreateRegion);
        var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "region");
        var region = await regions.CreateAsync(body, regionId, context.RequestAborted);
        return Results.Json(new { region = View(context, region) }, statusCode: StatusCodes.Status201Created);
    }

    public static JsonObject View(HttpContext context, Region region)
    {
        var json = region.Extra.DeepClone().AsObject();
        json["id"] = region.Id;
        json["description"] = region.Description;
        json["parent_region_id"] = region.ParentRegionId;
        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/regions/{region.Id}");
        return json;
    }
}
