using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Projects;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Users;

/// <summary><c>GET /v3/users/{id}/projects</c> and <c>GET /v3/users/{id}/groups</c>.</summary>
internal sealed class UserRelationsService(IdentityDbContext db, IdentityPolicyEnforcer policy)
{
    /// <summary>The projects the user has a role on: directly, through a group, or inherited from a domain or a parent project.</summary>
    public async Task<IReadOnlyList<ProjectView>> ListProjectsAsync(
        AuthContext auth, string userId, string? name, bool? enabled, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        policy.Enforce(auth, "identity:list_user_projects", UserService.Target(user, userId));
        if (user is null)
        {
            throw ResourceErrors.NotFound("user", userId);
        }

        var projects = await EffectiveProjectsAsync(userId, cancellationToken);
        return [.. projects
            .Where(p => (name is null || p.Name == name) && (enabled is null || p.Enabled == enabled))
            .Select(ProjectView.From)];
    }

    /// <summary>The projects on which the user has a role, directly, through a group, or by inheritance, by name.</summary>
    public async Task<IReadOnlyList<Project>> EffectiveProjectsAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await db.UserGroupMemberships.Where(m => m.UserId == userId).Select(m => m.GroupId).ToListAsync(cancellationToken);
        actors.Add(userId);
        var assignments = await db.RoleAssignments.AsNoTracking()
            .Where(a => actors.Contains(a.ActorId)).ToListAsync(cancellationToken);
        var projectTargets = assignments.Where(a => a.TargetType == TargetType.Project).ToList();
        var direct = projectTargets.Where(a => !a.Inherited).Select(a => a.TargetId).ToHashSet(StringComparer.Ordinal);
        var inheritedDomains = assignments.Where(a => a.TargetType == TargetType.Domain && a.Inherited).Select(a => a.TargetId).ToList();
        var inheritedParents = projectTargets.Where(a => a.Inherited).Select(a => a.TargetId).ToHashSet(StringComparer.Ordinal);

        var projects = await db.Projects.AsNoTracking().Include(p => p.Tags).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var byId = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        bool UnderInheritedParent(Project project)
        {
            for (var parent = project.ParentId; parent is not null && byId.TryGetValue(parent, out var next); parent = next.ParentId)
            {
                if (inheritedParents.Contains(parent))
                {
                    return true;
                }
            }

            return false;
        }

        return [.. projects.Where(p => direct.Contains(p.Id) || inheritedDomains.Contains(p.DomainId) || UnderInheritedParent(p))];
    }

    public async Task<IReadOnlyList<Group>> ListGroupsAsync(AuthContext auth, string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var target = UserService.Target(user, userId);
        target["user_id"] = userId;
        policy.Enforce(auth, "identity:list_groups_for_user", target);
        if (user is null)
        {
            throw ResourceErrors.NotFound("user", userId);
        }

        return await db.Groups.AsNoTracking()
            .Where(g => db.UserGroupMemberships.Any(m => m.UserId == userId && m.GroupId == g.Id))
            .OrderBy(g => g.Name).ToListAsync(cancellationToken);
    }
}
