using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Roles;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/roles/{prior}/implies</c> and <c>/v3/role_inferences</c> (api-ref roles.inc, implied roles).</summary>
internal static class ImpliedRoleEndpoints
{
    public static IEndpointRouteBuilder MapImpliedRoleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/v3/roles/{priorId}/implies", ["GET", "HEAD"], async (HttpContext context, string priorId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), AssignmentPolicies.ListImpliedRoles);
            var (prior, implied) = await roles.ListImpliedAsync(priorId, context.RequestAborted);
            return Results.Json(RoleViews.Inference(
                context, prior, new JsonArray([.. implied.Select(r => (JsonNode)RoleViews.Brief(context, r))]), $"/roles/{priorId}/implies"));
        });

        endpoints.MapGet("/v3/roles/{priorId}/implies/{impliedId}", async (HttpContext context, string priorId, string impliedId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), AssignmentPolicies.GetImpliedRole);
            var (prior, implied) = await roles.GetImpliedAsync(priorId, impliedId, context.RequestAborted);
            return Results.Json(RoleViews.Inference(context, prior, RoleViews.Brief(context, implied), $"/roles/{priorId}/implies/{impliedId}"));
        });

        endpoints.MapMethods("/v3/roles/{priorId}/implies/{impliedId}", ["HEAD"], async (HttpContext context, string priorId, string impliedId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), AssignmentPolicies.CheckImpliedRole);
            await roles.GetImpliedAsync(priorId, impliedId, context.RequestAborted);
            return Results.NoContent();
        });

        endpoints.MapPut("/v3/roles/{priorId}/implies/{impliedId}", async (HttpContext context, string priorId, string impliedId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), AssignmentPolicies.CreateImpliedRole);
            var (prior, implied) = await roles.CreateImpliedAsync(priorId, impliedId, context.RequestAborted);
            return Results.Json(
                RoleViews.Inference(context, prior, RoleViews.Brief(context, implied), $"/roles/{priorId}/implies/{impliedId}"),
                statusCode: StatusCodes.Status201Created);
        });

        endpoints.MapDelete("/v3/roles/{priorId}/implies/{impliedId}", async (HttpContext context, string priorId, string impliedId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), AssignmentPolicies.DeleteImpliedRole);
            await roles.DeleteImpliedAsync(priorId, impliedId, context.RequestAborted);
            return Results.NoContent();
        });

        endpoints.MapMethods("/v3/role_inferences", ["GET", "HEAD"], async (HttpContext context, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), AssignmentPolicies.ListRoleInferenceRules);
            var inferences = await roles.ListInferencesAsync(context.RequestAborted);
            return Results.Json(new JsonObject
            {
                ["role_inferences"] = new JsonArray([.. inferences.Select(i => (JsonNode)new JsonObject
                {
                    ["prior_role"] = RoleViews.Brief(context, i.Prior),
                    ["implies"] = new JsonArray([.. i.Implied.Select(r => (JsonNode)RoleViews.Brief(context, r))]),
                })]),
                ["links"] = RoleAssignmentHttp.CollectionLinks(context),
            });
        });

        return endpoints;
    }
}
