using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Trusts;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/OS-TRUST/trusts/{trust_id}/roles</c>: the roles a trust delegates.</summary>
internal static class TrustRoleEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapTrustRoleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/v3/OS-TRUST/trusts/{trustId}/roles", GetOrHead,
            async (HttpContext context, string trustId, TrustService trusts, IdentityPolicyEnforcer policy) =>
            {
                var trust = await TrustEndpoints.AuthorizeAsync(context, trustId, TrustPolicies.ListRolesForTrust, trusts, policy);
                var roles = await trusts.RolesAsync(trust, context.RequestAborted);
                return Results.Json(new JsonObject
                {
                    ["roles"] = new JsonArray([.. roles.Select(role => (JsonNode)RoleViews.Role(context, role))]),
                    ["links"] = TrustView.RolesLinks(context, trust.Id),
                });
            });

        endpoints.MapMethods("/v3/OS-TRUST/trusts/{trustId}/roles/{roleId}", GetOrHead,
            async (HttpContext context, string trustId, string roleId, TrustService trusts, IdentityPolicyEnforcer policy) =>
            {
                var trust = await TrustEndpoints.AuthorizeAsync(context, trustId, TrustPolicies.GetRoleForTrust, trusts, policy);
                var role = trust.Roles.Any(r => r.RoleId == roleId)
                    ? (await trusts.RolesAsync(trust, context.RequestAborted)).FirstOrDefault(r => r.Id == roleId)
                    : null;
                return role is null
                    ? throw TrustErrors.RoleNotFound(roleId)
                    : Results.Json(new JsonObject { ["role"] = RoleViews.Role(context, role) });
            });

        return endpoints;
    }
}
