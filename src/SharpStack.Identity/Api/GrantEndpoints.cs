using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary>
/// Grants on projects, domains and the system, and OS-INHERIT grants inherited to projects
/// (api-ref roles.inc, system-roles.inc, v3-ext os-inherit.inc): PUT and DELETE answer 204, GET and HEAD check.
/// </summary>
internal static class GrantEndpoints
{
    public static IEndpointRouteBuilder MapGrantEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var actor in new[] { ActorType.User, ActorType.Group })
        {
            var actors = actor == ActorType.User ? "users" : "groups";
            MapFamily(endpoints, $"/v3/projects/{{targetId}}/{actors}/{{actorId}}/roles", "", actor, TargetType.Project, inherited: false, withList: true);
            MapFamily(endpoints, $"/v3/domains/{{targetId}}/{actors}/{{actorId}}/roles", "", actor, TargetType.Domain, inherited: false, withList: true);
            MapFamily(endpoints, $"/v3/OS-INHERIT/domains/{{targetId}}/{actors}/{{actorId}}/roles", "/inherited_to_projects", actor, TargetType.Domain, inherited: true, withList: true);
            MapFamily(endpoints, $"/v3/OS-INHERIT/projects/{{targetId}}/{actors}/{{actorId}}/roles", "/inherited_to_projects", actor, TargetType.Project, inherited: true, withList: false);
            MapFamily(endpoints, $"/v3/system/{actors}/{{actorId}}/roles", "", actor, TargetType.System, inherited: false, withList: true);
        }

        return endpoints;
    }

    private static void MapFamily(IEndpointRouteBuilder endpoints, string roles, string suffix, ActorType actor, TargetType target, bool inherited, bool withList)
    {
        var member = $"{roles}/{{roleId}}{suffix}";
        var rules = Rules.For(actor, target);
        endpoints.MapPut(member, async (HttpContext context, string actorId, string roleId, GrantService grants, IdentityPolicyEnforcer policy) =>
        {
            var grant = await ResolveAsync(context, grants, roleId, actor, actorId, target, inherited, allowMissingActor: false);
            policy.Enforce(context.GetAuth(), rules.Create, Target(grant.Scope, grant.Role));
            await grants.CreateAsync(grant, context.RequestAborted);
            return Results.NoContent();
        });

        endpoints.MapMethods(member, ["GET", "HEAD"], async (HttpContext context, string actorId, string roleId, GrantService grants, IdentityPolicyEnforcer policy) =>
        {
            var grant = await ResolveAsync(context, grants, roleId, actor, actorId, target, inherited, allowMissingActor: false);
            policy.Enforce(context.GetAuth(), rules.Check, Target(grant.Scope, grant.Role));
            await grants.CheckAsync(grant, context.RequestAborted);
            return Results.NoContent();
        });

        endpoints.MapDelete(member, async (HttpContext context, string actorId, string roleId, GrantService grants, IdentityPolicyEnforcer policy) =>
        {
            var grant = await ResolveAsync(context, grants, roleId, actor, actorId, target, inherited, allowMissingActor: true);
            policy.Enforce(context.GetAuth(), rules.Revoke, Target(grant.Scope, grant.Role));
            await grants.DeleteAsync(grant, context.RequestAborted);
            return Results.NoContent();
        });

        if (withList)
        {
            endpoints.MapMethods(roles + suffix, ["GET", "HEAD"], async (HttpContext context, string actorId, GrantService grants, IdentityPolicyEnforcer policy) =>
            {
                var targetId = TargetId(context, target);
                var scope = await grants.ResolveScopeAsync(actor, actorId, target, targetId, allowMissingActor: false, context.RequestAborted);
                policy.Enforce(context.GetAuth(), rules.List, Target(scope, null));
                var list = await grants.ListRolesAsync(actor, actorId, target, targetId, inherited, context.RequestAborted);
                return Results.Json(RoleViews.Roles(context, list));
            });
        }
    }

    private static Task<GrantTarget> ResolveAsync(
        HttpContext context, GrantService grants, string roleId, ActorType actor, string actorId, TargetType target, bool inherited, bool allowMissingActor) =>
        grants.ResolveAsync(roleId, actor, actorId, target, TargetId(context, target), inherited, allowMissingActor, context.RequestAborted);

    private static string TargetId(HttpContext context, TargetType target) =>
        target == TargetType.System ? RoleAssignment.SystemAll : (string)context.Request.RouteValues["targetId"]!;

    private static Dictionary<string, object?> Target(GrantScope grant, Role? role)
    {
        var actor = grant.ActorType == ActorType.User ? "user" : "group";
        var target = new Dictionary<string, object?>
        {
            [$"target.{actor}.id"] = grant.ActorId,
            [$"target.{actor}.domain_id"] = grant.ActorDomainId,
        };
        if (grant.TargetType == TargetType.Project)
        {
            target["target.project.id"] = grant.TargetId;
            target["target.project.domain_id"] = grant.TargetDomainId;
        }
        else if (grant.TargetType == TargetType.Domain)
        {
            target["target.domain.id"] = grant.TargetId;
        }

        if (role is not null)
        {
            target["target.role.id"] = role.Id;
            target["target.role.name"] = role.Name;
            target["target.role.domain_id"] = role.IsGlobal ? null : role.DomainId;
        }

        return target;
    }

    private sealed record Rules(string Create, string Check, string Revoke, string List)
    {
        public static Rules For(ActorType actor, TargetType target) => (target, actor) switch
        {
            (TargetType.System, ActorType.User) => new(
                AssignmentPolicies.CreateSystemGrantForUser, AssignmentPolicies.CheckSystemGrantForUser,
                AssignmentPolicies.RevokeSystemGrantForUser, AssignmentPolicies.ListSystemGrantsForUser),
            (TargetType.System, _) => new(
                AssignmentPolicies.CreateSystemGrantForGroup, AssignmentPolicies.CheckSystemGrantForGroup,
                AssignmentPolicies.RevokeSystemGrantForGroup, AssignmentPolicies.ListSystemGrantsForGroup),
            _ => new(AssignmentPolicies.CreateGrant, AssignmentPolicies.CheckGrant, AssignmentPolicies.RevokeGrant, AssignmentPolicies.ListGrants),
        };
    }
}
