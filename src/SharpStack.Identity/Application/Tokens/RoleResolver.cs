using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// The roles a user has on a scope, as a token carries them: direct and group assignments, assignments inherited from the
/// project's domain and ancestors (OS-INHERIT), then implied roles; domain-specific roles only contribute what they imply.
/// </summary>
internal sealed class RoleResolver(IdentityDbContext db)
{
    private const int MaxProjectDepth = 64;

    public async Task<IReadOnlyList<TokenRole>> ForProjectAsync(string userId, string projectId, string domainId, CancellationToken cancellationToken)
    {
        var ancestors = await AncestorsAsync(projectId, cancellationToken);
        ancestors.Add(domainId);
        var actors = await ActorsAsync(userId, cancellationToken);
        var roleIds = await db.RoleAssignments.AsNoTracking()
            .Where(a => actors.Contains(a.ActorId)
                && ((a.TargetId == projectId && !a.Inherited) || (ancestors.Contains(a.TargetId) && a.Inherited)))
            .Select(a => a.RoleId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return await ExpandAsync(roleIds, cancellationToken);
    }

    public async Task<IReadOnlyList<TokenRole>> ForDomainAsync(string userId, string domainId, CancellationToken cancellationToken)
    {
        var actors = await ActorsAsync(userId, cancellationToken);
        var roleIds = await db.RoleAssignments.AsNoTracking()
            .Where(a => actors.Contains(a.ActorId) && a.TargetId == domainId && !a.Inherited
                && (a.Type == "UserDomain" || a.Type == "GroupDomain"))
            .Select(a => a.RoleId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return await ExpandAsync(roleIds, cancellationToken);
    }

    public async Task<IReadOnlyList<TokenRole>> ForSystemAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await ActorsAsync(userId, cancellationToken);
        var roleIds = await db.RoleAssignments.AsNoTracking()
            .Where(a => actors.Contains(a.ActorId) && a.TargetId == RoleAssignment.SystemAll
                && (a.Type == "UserSystem" || a.Type == "GroupSystem"))
            .Select(a => a.RoleId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return await ExpandAsync(roleIds, cancellationToken);
    }

    private async Task<List<string>> ActorsAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await db.UserGroupMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => m.GroupId)
            .ToListAsync(cancellationToken);
        actors.Add(userId);
        return actors;
    }

    private async Task<List<string>> AncestorsAsync(string projectId, CancellationToken cancellationToken)
    {
        var ancestors = new List<string>();
        var current = projectId;
        for (var depth = 0; depth < MaxProjectDepth; depth++)
        {
            var parent = await db.Projects.AsNoTracking()
                .Where(p => p.Id == current)
                .Select(p => p.ParentId)
                .FirstOrDefaultAsync(cancellationToken);
            if (parent is null || ancestors.Contains(parent))
            {
                break;
            }

            ancestors.Add(parent);
            current = parent;
        }

        return ancestors;
    }

    private async Task<IReadOnlyList<TokenRole>> ExpandAsync(List<string> roleIds, CancellationToken cancellationToken)
    {
        if (roleIds.Count == 0)
        {
            return [];
        }

        var rules = await db.ImpliedRoles.AsNoTracking().ToListAsync(cancellationToken);
        var all = new HashSet<string>(roleIds, StringComparer.Ordinal);
        var pending = new Queue<string>(roleIds);
        while (pending.TryDequeue(out var prior))
        {
            foreach (var rule in rules)
            {
                if (rule.PriorRoleId == prior && all.Add(rule.ImpliedRoleId))
                {
                    pending.Enqueue(rule.ImpliedRoleId);
                }
            }
        }

        var roles = await db.Roles.AsNoTracking()
            .Where(r => all.Contains(r.Id) && r.DomainId == Role.GlobalDomainId)
            .Select(r => new TokenRole(r.Id, r.Name))
            .ToListAsync(cancellationToken);

        // The directly assigned roles first, then the implied ones, as Keystone lists them.
        return [.. roles.OrderBy(role => roleIds.Contains(role.Id) ? 0 : 1).ThenBy(role => role.Name, StringComparer.Ordinal)];
    }
}
