using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's <c>/v3/limits</c> and <c>/v3/limits/model</c> (api-ref v3 unified_limits.inc).</summary>
internal static class LimitEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapLimitEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var limits = endpoints.MapGroup("/v3/limits");
        limits.MapMethods("", GetOrHead, ListAsync);
        limits.MapPost("", CreateAsync).WithBodySchema(IdentitySchemas.Get("limits-create"));
        limits.MapMethods("/model", GetOrHead, GetModel);
        limits.MapMethods("/{limitId}", GetOrHead, GetAsync);
        limits.MapPatch("/{limitId}", UpdateAsync).WithBodySchema(IdentitySchemas.Get("limit-update"));
        limits.MapDelete("/{limitId}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, LimitService service, IdentityPolicyEnforcer enforcer, ListLimits listLimits)
    {
        var auth = context.GetAuth();
        enforcer.Enforce(auth, LimitPolicies.ListLimits, PolicyTarget.None);
        var query = context.Request.Query;
        var filter = new LimitFilter(
            Filter(query["service_id"]), Filter(query["region_id"]), Filter(query["resource_name"]), Filter(query["project_id"]), Filter(query["domain_id"]));
        var limits = listLimits.Apply(await service.ListAsync(filter, auth, context.RequestAborted), ListLimitSections.UnifiedLimit);
        var baseUri = context.GetPublicBaseUri();
        return Results.Json(ResourceJson.MarkTruncated(new JsonObject
        {
            ["limits"] = new JsonArray([.. limits.Items.Select(l => LimitService.ToJson(l, baseUri))]),
            ["links"] = ResourceLinks.Collection(baseUri, "limits", context.Request.QueryString),
        }, limits.Truncated));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, LimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.CreateLimits, PolicyTarget.None);
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        var created = await service.CreateAsync(body, context.RequestAborted);
        var baseUri = context.GetPublicBaseUri();
        return Results.Json(
            new JsonObject { ["limits"] = new JsonArray([.. created.Select(l => LimitService.ToJson(l, baseUri))]) },
            statusCode: StatusCodes.Status201Created);
    }

    private static IResult GetModel(HttpContext context, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.GetLimitModel, PolicyTarget.None);
        return Results.Json(new JsonObject
        {
            ["model"] = new JsonObject { ["name"] = LimitService.ModelName, ["description"] = LimitService.ModelDescription },
        });
    }

    private static async Task<IResult> GetAsync(string limitId, HttpContext context, LimitService service, IdentityPolicyEnforcer enforcer)
    {
        var limit = await service.FindAsync(limitId, context.RequestAborted);
        var target = limit is null ? null : await service.PolicyTargetAsync(limit, context.RequestAborted);
        enforcer.Enforce(context.GetAuth(), LimitPolicies.GetLimit, target ?? PolicyTarget.None);
        limit ??= await service.GetAsync(limitId, context.RequestAborted);
        return Results.Json(new JsonObject { ["limit"] = LimitService.ToJson(limit, context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> UpdateAsync(string limitId, HttpContext context, LimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.UpdateLimit, PolicyTarget.None);
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        var limit = await service.UpdateAsync(limitId, body, context.RequestAborted);
        return Results.Json(new JsonObject { ["limit"] = LimitService.ToJson(limit, context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> DeleteAsync(string limitId, HttpContext context, LimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.DeleteLimit, PolicyTarget.None);
        await service.DeleteAsync(limitId, context.RequestAborted);
        return Results.NoContent();
    }

    private static string? Filter(StringValues value) => value.Count == 0 ? null : value.ToString();
}
