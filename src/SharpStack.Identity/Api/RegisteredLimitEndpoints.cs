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

/// <summary>Keystone's <c>/v3/registered_limits</c> (api-ref v3 unified_limits.inc).</summary>
internal static class RegisteredLimitEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapRegisteredLimitEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var limits = endpoints.MapGroup("/v3/registered_limits");
        limits.MapMethods("", GetOrHead, ListAsync);
        limits.MapPost("", CreateAsync).WithBodySchema(IdentitySchemas.Get("registered-limits-create"));
        limits.MapMethods("/{registeredLimitId}", GetOrHead, GetAsync);
        limits.MapPatch("/{registeredLimitId}", UpdateAsync).WithBodySchema(IdentitySchemas.Get("registered-limit-update"));
        limits.MapDelete("/{registeredLimitId}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, RegisteredLimitService service, IdentityPolicyEnforcer enforcer, ListLimits listLimits)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.ListRegisteredLimits, PolicyTarget.None);
        var query = context.Request.Query;
        var limits = listLimits.Apply(
            await service.ListAsync(Filter(query["service_id"]), Filter(query["region_id"]), Filter(query["resource_name"]), context.RequestAborted),
            ListLimitSections.UnifiedLimit);
        var baseUri = context.GetPublicBaseUri();
        return Results.Json(ResourceJson.MarkTruncated(new JsonObject
        {
            ["registered_limits"] = new JsonArray([.. limits.Items.Select(l => RegisteredLimitService.ToJson(l, baseUri))]),
            ["links"] = ResourceLinks.Collection(baseUri, "registered_limits", context.Request.QueryString),
        }, limits.Truncated));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, RegisteredLimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.CreateRegisteredLimits, PolicyTarget.None);
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        var created = await service.CreateAsync(body, context.RequestAborted);
        var baseUri = context.GetPublicBaseUri();
        return Results.Json(
            new JsonObject { ["registered_limits"] = new JsonArray([.. created.Select(l => RegisteredLimitService.ToJson(l, baseUri))]) },
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string registeredLimitId, HttpContext context, RegisteredLimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.GetRegisteredLimit, PolicyTarget.None);
        var limit = await service.GetAsync(registeredLimitId, context.RequestAborted);
        return Results.Json(new JsonObject { ["registered_limit"] = RegisteredLimitService.ToJson(limit, context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> UpdateAsync(string registeredLimitId, HttpContext context, RegisteredLimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.UpdateRegisteredLimit, PolicyTarget.None);
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        var limit = await service.UpdateAsync(registeredLimitId, body, context.RequestAborted);
        return Results.Json(new JsonObject { ["registered_limit"] = RegisteredLimitService.ToJson(limit, context.GetPublicBaseUri()) });
    }

    private static async Task<IResult> DeleteAsync(string registeredLimitId, HttpContext context, RegisteredLimitService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), LimitPolicies.DeleteRegisteredLimit, PolicyTarget.None);
        await service.DeleteAsync(registeredLimitId, context.RequestAborted);
        return Results.NoContent();
    }

    private static string? Filter(StringValues value) => value.Count == 0 ? null : value.ToString();
}
