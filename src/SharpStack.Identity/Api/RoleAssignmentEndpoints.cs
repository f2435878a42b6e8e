using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Api;

/// <summary><c>GET /v3/role_assignments</c> (api-ref roles.inc, "List role assignments"), shaped as keystone/api/role_assignments.py.</summary>
internal static class RoleAssignmentEndpoints
{
    public static IEndpointRouteBuilder MapRoleAssignmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/v3/role_assignments", ["GET", "HEAD"], ListAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, RoleAssignmentLister lister, IdentityDbContext db, IdentityPolicyEnforcer policy)
    {
        var request = context.Request;
        var auth = context.GetAuth();
        string? Arg(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        var projectId = Arg("scope.project.id");
        var includeSubtree = RoleAssignmentHttp.IsTrue(request, "include_subtree");
        if (includeSubtree)
        {
            Dictionary<string, object?>? target = null;
            if (projectId is not null)
            {
                var domainId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.DomainId).FirstOrDefaultAsync(context.RequestAborted)
                    ?? throw new NotFoundException($"Could not find project: {projectId}.");
                target = new() { ["target.project.id"] = projectId, ["target.project.domain_id"] = domainId, ["domain_id"] = domainId };
            }

            policy.Enforce(auth, AssignmentPolicies.ListRoleAssignmentsForTree, target);
            if (projectId is null)
            {
                throw new BadRequestException("scope.project.id must be specified if include_subtree is also specified");
            }
        }
        else
        {
            policy.Enforce(auth, AssignmentPolicies.ListRoleAssignments, auth.DomainId is null ? null : new Dictionary<string, object?> { ["domain_id"] = auth.DomainId });
        }

        var query = new AssignmentQuery
        {
            RoleId = Arg("role.id"),
            UserId = Arg("user.id"),
            GroupId = Arg("group.id"),
            System = !includeSubtree && Arg("scope.system") == "all",
            DomainId = Arg("scope.domain.id"),
            ProjectId = projectId,
            IncludeSubtree = includeSubtree,
            Inherited = request.Query.ContainsKey("scope.OS-INHERIT:inherited_to") ? Arg("scope.OS-INHERIT:inherited_to") == "projects" : null,
            Effective = RoleAssignmentHttp.IsTrue(request, "effective"),
        };
        Validate(query, Arg("scope.system") is not null && !includeSubtree);
        var refs = await lister.ListAsync(query, context.RequestAborted);
        var names = RoleAssignmentHttp.IsTrue(request, "include_names") ? await AssignmentNames.LoadAsync(db, context.RequestAborted) : null;
        if (auth.DomainId is not null && !includeSubtree)
        {
            var projectDomains = await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.DomainId, context.RequestAborted);
            refs = [.. refs.Where(r => r.DomainId == auth.DomainId || (r.ProjectId is not null && projectDomains.GetValueOrDefault(r.ProjectId) == auth.DomainId))];
        }

        var v3 = RoleAssignmentHttp.V3(context);
        return Results.Json(new JsonObject
        {
            ["role_assignments"] = new JsonArray([.. refs.Select(r => (JsonNode)RoleAssignmentView.Format(r, v3, names))]),
            ["links"] = RoleAssignmentHttp.CollectionLinks(context),
        });
    }

    private static void Validate(AssignmentQuery query, bool systemGiven)
    {
        if (query.DomainId is not null && query.ProjectId is not null)
        {
            throw new BadRequestException("Specify a domain or project, not both");
        }

        if (query.DomainId is not null && systemGiven)
        {
            throw new BadRequestException("Specify system or domain, not both");
        }

        if (query.ProjectId is not null && systemGiven)
        {
            throw new BadRequestException("Specify system or project, not both");
        }

        if (query.UserId is not null && query.GroupId is not null)
        {
            throw new BadRequestException("Specify a user or group, not both");
        }

        if (query.Effective && query.GroupId is not null)
        {
            throw new BadRequestException("Combining effective and group filter will always result in an empty list.");
        }

        if (query.Effective && query.Inherited == true && query.DomainId is not null)
        {
            throw new BadRequestException("Combining effective, domain and inherited filters will always result in an empty list.");
        }
    }
}
