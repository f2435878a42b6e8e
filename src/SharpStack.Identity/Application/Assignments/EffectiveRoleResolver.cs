using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>
/// The roles a user effectively holds on a project, a domain or the system, as Keystone puts them in a token:
/// direct and group assignments, assignments inherited from the project's domain and ancestors, every implied role,
/// and no domain-specific roles (they only serve to imply global ones).
/// </summary>
internal sealed class EffectiveRoleResolver(IdentityDbContext db)
{
    public async Task<IReadOnlyList<Role>> RolesForProjectAsync(string userId, string projectId, CancellationToken cancellationToken)
    {
        var tree = await ProjectTree.LoadAsync(db, cancellationToken);
        if (tree.Find(projectId) is not { } project)
        {
            return [];
        }

        var groupIds = await GroupIdsAsync(userId, cancellationToken);
        var ancestors = tree.Ancestors(projectId);
        var roleIds = await ForActors(userId, groupIds)
            .Where(a => (!a.Inherited && a.TargetId == projectId && (a.Type == AssignmentTypes.UserProject || a.Type == AssignmentTypes.GroupProject))
                || (a.Inherited && a.TargetId == project.DomainId && (a.Type == AssignmentTypes.UserDomain || a.Type == AssignmentTypes.GroupDomain))
                || (a.Inherited && ancestors.Contains(a.TargetId) && (a.Type == AssignmentTypes.UserProject || a.Type == AssignmentTypes.GroupProject)))
            .Select(a => a.RoleId)
            .ToListAsync(cancellationToken);
        return await ExpandAsync(roleIds, cancellationToken);
    }

    public async Task<IReadOnlyList<Role>> RolesForDomainAsync(string userId, string domainId, CancellationToken cancellationToken)
    {
        var groupIds = await GroupIdsAsync(userId, cancellationToken);
        var roleIds = await ForActors(userId, groupIds)
            .Where(a => !a.Inherited && a.TargetId == domainId && (a.Type == AssignmentTypes.UserDomain || a.Type == AssignmentTypes.GroupDomain))
            .Select(a => a.RoleId)
            .ToListAsync(cancellationToken);
        return await ExpandAsync(roleIds, cancellationToken);
    }

    public async Task<IReadOnlyList<Role>> RolesForSystemAsync(string userId, CancellationToken cancellationToken)
    {
        var groupIds = await GroupIdsAsync(userId, cancellationToken);
        var roleIds = await ForActors(userId, groupIds)
            .Where(a => a.TargetId == RoleAssignment.SystemAll && (a.Type == AssignmentTypes.UserSystem || a.Type == AssignmentTypes.GroupSystem))
            .Select(a => a.RoleId)
            .ToListAsync(cancellationToken);
        return await ExpandAsync(roleIds, cancellationToken);
    }

    private Task<List<string>> GroupIdsAsync(string userId, CancellationToken cancellationToken) =>
        db.UserGroupMemberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.GroupId).ToListAsync(cancellationToken);

    private IQueryable<RoleAssignment> ForActors(string userId, List<string> groupIds) =>
        db.RoleAssignments.AsNoTracking().Where(a =>
            (a.ActorId == userId && (a.Type == AssignmentTypes.UserProject || a.Type == AssignmentTypes.UserDomain || a.Type == AssignmentTypes.UserSystem))
            || (groupIds.Contains(a.ActorId) && (a.Type == AssignmentTypes.GroupProject || a.Type == AssignmentTypes.GroupDomain || a.Type == AssignmentTypes.GroupSystem)));

    private async Task<IReadOnlyList<Role>> ExpandAsync(List<string> roleIds, CancellationToken cancellationToken)
    {
        if (roleIds.Count == 0)
        {
            return [];
        }

        var graph = await ImpliedRoleGraph.LoadAsync(db, cancellationToken);
        var all = graph.Closure(roleIds).ToList();
        var roles = await db.Roles.AsNoTracking()
            .Where(r => all.Contains(r.Id) && r.DomainId == Role.GlobalDomainId)
            .ToListAsync(cancellationToken);
        return [.. roles.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
