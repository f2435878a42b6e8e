using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>
/// Lists role assignments as keystone.assignment.core.Manager.list_role_assignments does: direct ones, or in effective
/// mode with groups expanded to their members, inherited assignments applied to the projects below them, implied roles
/// added and domain-specific roles stripped.
/// </summary>
internal sealed class RoleAssignmentLister(IdentityDbContext db)
{
    public async Task<List<AssignmentRef>> ListAsync(AssignmentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = new ListContext(
            await db.RoleAssignments.AsNoTracking().ToListAsync(cancellationToken),
            await ProjectTree.LoadAsync(db, cancellationToken));
        List<string>? subtree = null;
        if (query.ProjectId is not null && query.IncludeSubtree)
        {
            _ = context.Tree.Find(query.ProjectId) ?? throw new NotFoundException($"Could not find project: {query.ProjectId}.");
            subtree = context.Tree.Subtree(query.ProjectId);
        }

        return query.Effective
            ? await EffectiveAsync(query, context, subtree, cancellationToken)
            : Direct(query, context, subtree);
    }

    private static List<AssignmentRef> Direct(AssignmentQuery query, ListContext context, List<string>? subtree)
    {
        var result = new List<AssignmentRef>();
        if (!query.System)
        {
            result.AddRange(Select(
                context.Rows, query.RoleId, query.UserId, query.GroupId is null ? null : [query.GroupId], query.DomainId, Interest(query.ProjectId, subtree), query.Inherited));
        }

        if (query.System || (query.ProjectId is null && query.DomainId is null))
        {
            result.AddRange(context.Rows
                .Where(a => a.TargetType == TargetType.System)
                .Where(a => query.UserId is null || (a.ActorType == ActorType.User && a.ActorId == query.UserId))
                .Where(a => query.GroupId is null || (a.ActorType == ActorType.Group && a.ActorId == query.GroupId))
                .Where(a => query.RoleId is null || a.RoleId == query.RoleId)
                .Select(ToRef));
        }

        return result;
    }

    private async Task<List<AssignmentRef>> EffectiveAsync(AssignmentQuery query, ListContext context, List<string>? subtree, CancellationToken cancellationToken)
    {
        if (query.GroupId is not null || (query.DomainId is not null && query.Inherited == true))
        {
            return [];
        }

        var inherited = query.DomainId is not null ? false : query.Inherited;
        var refs = ForActor(context, inherited, query.UserId, null, query.ProjectId, subtree, query.DomainId);
        if (query.UserId is not null)
        {
            var groupIds = await db.UserGroupMemberships.AsNoTracking()
                .Where(m => m.UserId == query.UserId).Select(m => m.GroupId).ToListAsync(cancellationToken);
            if (groupIds.Count > 0)
            {
                refs.AddRange(ForActor(context, inherited, null, groupIds, query.ProjectId, subtree, query.DomainId));
            }
        }

        var members = (await db.UserGroupMemberships.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(m => m.GroupId, m => m.UserId, StringComparer.Ordinal);
        var expanded = refs.SelectMany(r => Expand(r, query.UserId, query.ProjectId, subtree, context.Tree, members)).ToList();
        var withImplied = AddImplied(expanded, await ImpliedRoleGraph.LoadAsync(db, cancellationToken));
        var globalRoles = (await db.Roles.AsNoTracking().Where(r => r.DomainId == Role.GlobalDomainId).Select(r => r.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return [.. withImplied.Where(r => globalRoles.Contains(r.RoleId) && (query.RoleId is null || r.RoleId == query.RoleId))];
    }

    private static List<AssignmentRef> ForActor(
        ListContext context, bool? inherited, string? userId, List<string>? groupIds, string? projectId, List<string>? subtree, string? domainId)
    {
        var interest = Interest(projectId, subtree);
        var result = new List<AssignmentRef>();
        if (inherited != true)
        {
            result.AddRange(Select(context.Rows, null, userId, groupIds, domainId, interest, false));
        }

        if (inherited == false)
        {
            return result;
        }

        if (projectId is not null)
        {
            var project = context.Tree.Find(projectId) ?? throw new NotFoundException($"Could not find project: {projectId}.");
            result.AddRange(Select(context.Rows, null, userId, groupIds, project.DomainId, null, true));
            var sources = context.Tree.Ancestors(projectId);
            if (subtree is not null)
            {
                sources.AddRange(interest!);
            }

            if (sources.Count > 0)
            {
                result.AddRange(Select(context.Rows, null, userId, groupIds, null, sources, true));
            }
        }
        else
        {
            result.AddRange(Select(context.Rows, null, userId, groupIds, null, null, true));
        }

        return result;
    }

    private static IEnumerable<AssignmentRef> Expand(
        AssignmentRef reference, string? userId, string? projectId, List<string>? subtree, ProjectTree tree, ILookup<string, string> members)
    {
        IEnumerable<AssignmentRef> ExpandGroup(AssignmentRef r) => r.GroupId is null
            ? [r]
            : (userId is not null ? [userId] : members[r.GroupId]).Select(u => r with { UserId = u, GroupId = null, IndirectGroupId = r.GroupId });

        if (!reference.InheritedToProjects)
        {
            return ExpandGroup(reference);
        }

        List<string> projectIds;
        if (projectId is not null)
        {
            projectIds = [projectId];
            if (subtree is not null)
            {
                projectIds.AddRange(subtree);
                if (reference.ProjectId is not null && projectIds.Contains(reference.ProjectId))
                {
                    projectIds = tree.Subtree(reference.ProjectId);
                }
            }
        }
        else
        {
            projectIds = reference.DomainId is not null ? tree.InDomain(reference.DomainId) : tree.Subtree(reference.ProjectId!);
        }

        return ExpandGroup(reference).SelectMany(r => projectIds.Select(p => r with
        {
            ProjectId = p,
            DomainId = null,
            InheritedToProjects = false,
            IndirectProjectId = r.ProjectId,
            IndirectDomainId = r.DomainId,
        }));
    }

    // Keystone's add_implied_roles: one more assignment per implied role, naming the prior role; a cycle ends where it closes.
    private static List<AssignmentRef> AddImplied(List<AssignmentRef> refs, ImpliedRoleGraph graph)
    {
        var results = new List<AssignmentRef>(refs);
        var pending = new Stack<AssignmentRef>(refs);
        var checkedRefs = new HashSet<AssignmentRef>();
        while (pending.TryPop(out var next))
        {
            checkedRefs.Add(next);
            foreach (var implied in graph.DirectlyImpliedBy(next.RoleId))
            {
                var impliedRef = next with { RoleId = implied, IndirectRoleId = next.RoleId };
                if (!checkedRefs.Contains(impliedRef))
                {
                    results.Add(impliedRef);
                    pending.Push(impliedRef);
                }
            }
        }

        return results;
    }

    // The driver's list_role_assignments: user or group (never system) assignments matching every filter given.
    private static IEnumerable<AssignmentRef> Select(
        List<RoleAssignment> rows, string? roleId, string? userId, List<string>? groupIds, string? domainId, List<string>? projectIds, bool? inherited) =>
        rows.Where(a => a.TargetType != TargetType.System)
            .Where(a => roleId is null || a.RoleId == roleId)
            .Where(a => userId is null || (a.ActorType == ActorType.User && a.ActorId == userId))
            .Where(a => groupIds is null || (a.ActorType == ActorType.Group && groupIds.Contains(a.ActorId)))
            .Where(a => domainId is null || (a.TargetType == TargetType.Domain && a.TargetId == domainId))
            .Where(a => projectIds is null || (a.TargetType == TargetType.Project && projectIds.Contains(a.TargetId)))
            .Where(a => inherited is null || a.Inherited == inherited)
            .Select(ToRef);

    private static List<string>? Interest(string? projectId, List<string>? subtree) =>
        projectId is null ? null : [projectId, .. subtree ?? []];

    private static AssignmentRef ToRef(RoleAssignment a) => new()
    {
        RoleId = a.RoleId,
        UserId = a.ActorType == ActorType.User ? a.ActorId : null,
        GroupId = a.ActorType == ActorType.Group ? a.ActorId : null,
        ProjectId = a.TargetType == TargetType.Project ? a.TargetId : null,
        DomainId = a.TargetType == TargetType.Domain ? a.TargetId : null,
        System = a.TargetType == TargetType.System,
        InheritedToProjects = a.Inherited,
    };

    private sealed record ListContext(List<RoleAssignment> Rows, ProjectTree Tree);
}
