using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Roles;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/roles</c>: global and domain-specific roles (api-ref roles.inc).</summary>
internal static class RoleEndpoints
{
    public static IEndpointRouteBuilder MapRoleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/roles", (HttpContext context, RoleService roles, IdentityPolicyEnforcer policy, ListLimits limits) =>
        {
            var domainId = context.Request.Query["domain_id"].FirstOrDefault();
            policy.Enforce(context.GetAuth(), string.IsNullOrEmpty(domainId) ? AssignmentPolicies.ListRoles : AssignmentPolicies.ListDomainRoles);
            return ListAsync(context, roles, limits, domainId);
        });

        endpoints.MapPost("/v3/roles", async (HttpContext context, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "role");
            var domainId = body["domain_id"]?.ToString();
            var target = new Dictionary<string, object?> { ["target.role.domain_id"] = domainId, ["target.role.name"] = body["name"]?.ToString() };
            policy.Enforce(context.GetAuth(), string.IsNullOrEmpty(domainId) ? AssignmentPolicies.CreateRole : AssignmentPolicies.CreateDomainRole, target);
            var role = await roles.CreateAsync(body, context.RequestAborted);
            return Results.Json(new { role = RoleViews.Role(context, role) }, statusCode: StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("role-create"));

        endpoints.MapGet("/v3/roles/{roleId}", async (HttpContext context, string roleId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            var role = await AuthorizeAsync(context, roleId, roles, policy, AssignmentPolicies.GetRole, AssignmentPolicies.GetDomainRole);
            return Results.Json(new { role = RoleViews.Role(context, role) });
        });

        endpoints.MapPatch("/v3/roles/{roleId}", async (HttpContext context, string roleId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            await AuthorizeAsync(context, roleId, roles, policy, AssignmentPolicies.UpdateRole, AssignmentPolicies.UpdateDomainRole);
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "role");
            var role = await roles.UpdateAsync(roleId, body, context.RequestAborted);
            return Results.Json(new { role = RoleViews.Role(context, role) });
        }).WithBodySchema(IdentitySchemas.Get("role-update"));

        endpoints.MapDelete("/v3/roles/{roleId}", async (HttpContext context, string roleId, RoleService roles, IdentityPolicyEnforcer policy) =>
        {
            await AuthorizeAsync(context, roleId, roles, policy, AssignmentPolicies.DeleteRole, AssignmentPolicies.DeleteDomainRole);
            await roles.DeleteAsync(roleId, context.RequestAborted);
            return Results.NoContent();
        });

        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, RoleService roles, ListLimits limits, string? domainId)
    {
        var list = limits.Apply(await roles.ListAsync(context.Request.Query["name"].FirstOrDefault(), domainId, context.RequestAborted), ListLimitSections.Role);
        return Results.Json(ResourceJson.MarkTruncated(RoleViews.Roles(context, list.Items), list.Truncated));
    }

    // Keystone checks the global rule when the role is missing or global, the domain rule (with the role as target) otherwise.
    private static async Task<Role> AuthorizeAsync(HttpContext context, string roleId, RoleService roles, IdentityPolicyEnforcer policy, string globalRule, string domainRule)
    {
        var role = await roles.FindAsync(roleId, context.RequestAborted);
        if (role is null || role.IsGlobal)
        {
            policy.Enforce(context.GetAuth(), globalRule);
            return role ?? await roles.GetAsync(roleId, context.RequestAborted);
        }

        policy.Enforce(context.GetAuth(), domainRule, new Dictionary<string, object?>
        {
            ["target.role.domain_id"] = role.DomainId,
            ["target.role.name"] = role.Name,
            ["target.role.id"] = role.Id,
        });
        return role;
    }
}
