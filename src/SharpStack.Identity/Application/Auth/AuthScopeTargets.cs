using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary>What a user may scope a token to (<c>/v3/auth/projects</c>, <c>/domains</c>, <c>/system</c>): enabled targets where they hold a role.</summary>
internal sealed class AuthScopeTargets(IdentityDbContext db)
{
    public async Task<IReadOnlyList<Project>> ProjectsAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await ActorsAsync(userId, cancellationToken);
        var assignments = await db.RoleAssignments.AsNoTracking()
            .Where(a => actors.Contains(a.ActorId) && (a.Type == "UserProject" || a.Type == "GroupProject" || (a.Inherited && (a.Type == "UserDomain" || a.Type == "GroupDomain"))))
            .Select(a => new { a.TargetId, a.Inherited, a.Type })
            .ToListAsync(cancellationToken);
        var direct = assignments.Where(a => !a.Inherited && a.Type.EndsWith("Project", StringComparison.Ordinal)).Select(a => a.TargetId).ToHashSet();
        var inheritedDomains = assignments.Where(a => a.Inherited && a.Type.EndsWith("Domain", StringComparison.Ordinal)).Select(a => a.TargetId).ToHashSet();
        var inheritedParents = assignments.Where(a => a.Inherited && a.Type.EndsWith("Project", StringComparison.Ordinal)).Select(a => a.TargetId).ToHashSet();
        var projects = await (
                from p in db.Projects.AsNoTracking().Include(p => p.Tags)
                join d in db.Domains.AsNoTracking() on p.DomainId equals d.Id
                where p.Enabled && d.Enabled && !p.IsDomain
                    && (direct.Contains(p.Id) || inheritedDomains.Contains(p.DomainId) || (p.ParentId != null && inheritedParents.Contains(p.ParentId)))
                select p)
            .ToListAsync(cancellationToken);
        return [.. projects.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<IdentityDomain>> DomainsAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await ActorsAsync(userId, cancellationToken);
        var domainIds = await db.RoleAssignments.AsNoTracking()
            .Where(a => actors.Contains(a.ActorId) && !a.Inherited && (a.Type == "UserDomain" || a.Type == "GroupDomain"))
            .Select(a => a.TargetId)
            .ToListAsync(cancellationToken);
        return await db.Domains.AsNoTracking().Where(d => d.Enabled && domainIds.Contains(d.Id)).OrderBy(d => d.Name).ToListAsync(cancellationToken);
    }

    public async Task<bool> HasSystemRoleAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await ActorsAsync(userId, cancellationToken);
        return await db.RoleAssignments.AsNoTracking()
            .AnyAsync(a => actors.Contains(a.ActorId) && a.TargetId == RoleAssignment.SystemAll && (a.Type == "UserSystem" || a.Type == "GroupSystem"), cancellationToken);
    }

    private async Task<List<string>> ActorsAsync(string userId, CancellationToken cancellationToken)
    {
        var actors = await db.UserGroupMemberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.GroupId).ToListAsync(cancellationToken);
        actors.Add(userId);
        return actors;
    }
}
