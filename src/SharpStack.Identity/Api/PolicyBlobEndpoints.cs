using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.PolicyBlobs;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's <c>/v3/policies</c> blob store (api-ref v3 policies.inc); not the policy engine.</summary>
internal static class PolicyBlobEndpoints
{
    public static IEndpointRouteBuilder MapPolicyBlobEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var policies = endpoints.MapGroup("/v3/policies");
        policies.MapGet("", ListAsync);
        policies.MapPost("", CreateAsync);
        policies.MapGet("/{policyId}", GetAsync);
        policies.MapPatch("/{policyId}", UpdateAsync);
        policies.MapDelete("/{policyId}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, PolicyBlobService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), PolicyBlobPolicies.ListPolicies, PolicyTarget.None);
        var type = context.Request.Query["type"];
        var policies = await service.ListAsync(type.Count == 0 ? null : type.ToString(), context.RequestAborted);
        var baseUri = context.GetPublicBaseUri();
        return Results.Json(new JsonObject
        {
            ["policies"] = new JsonArray([.. policies.Select(p => PolicyBlobService.ToJson(p, baseUri))]),
            ["links"] = ResourceLinks.Collection(baseUri, "policies", context.Request.QueryString),
        });
    }

    private static async Task<IResult> CreateAsync(HttpContext context, PolicyBlobService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), PolicyBlobPolicies.CreatePolicy, PolicyTarget.None);
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        var policy = await service.CreateAsync((JsonObject)IdentitySchemas.ValidateMember(body, "policy", "policy-create")!, context.RequestAborted);
        return Results.Json(Wrap(policy, context), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string policyId, HttpContext context, PolicyBlobService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), PolicyBlobPolicies.GetPolicy, PolicyTarget.None);
        return Results.Json(Wrap(await service.GetAsync(policyId, context.RequestAborted), context));
    }

    private static async Task<IResult> UpdateAsync(string policyId, HttpContext context, PolicyBlobService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), PolicyBlobPolicies.UpdatePolicy, PolicyTarget.None);
        var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        var policy = (JsonObject)IdentitySchemas.ValidateMember(body, "policy", "policy-update")!;
        return Results.Json(Wrap(await service.UpdateAsync(policyId, policy, context.RequestAborted), context));
    }

    private static async Task<IResult> DeleteAsync(string policyId, HttpContext context, PolicyBlobService service, IdentityPolicyEnforcer enforcer)
    {
        enforcer.Enforce(context.GetAuth(), PolicyBlobPolicies.DeletePolicy, PolicyTarget.None);
        await service.DeleteAsync(policyId, context.RequestAborted);
        return Results.NoContent();
    }

    private static JsonObject Wrap(Domain.PolicyBlob policy, HttpContext context) =>
        new() { ["policy"] = PolicyBlobService.ToJson(policy, context.GetPublicBaseUri()) };
}
