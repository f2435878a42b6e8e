using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>Grants of a role to a user or group on a project, a domain or the system (keystone.assignment.core.Manager's grant calls).</summary>
internal sealed class GrantService(IdentityDbContext db, ITokenRevoker revoker)
{
    /// <summary>Finds the role, the actor and the target in Keystone's order, answering 404 for the first that is missing.</summary>
    public async Task<GrantTarget> ResolveAsync(
        string roleId, ActorType actorType, string actorId, TargetType targetType, string targetId, bool inherited, bool allowMissingActor, CancellationToken cancellationToken)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken)
            ?? throw new NotFoundException($"Could not find role: {roleId}.");
        return new GrantTarget(role, await ResolveScopeAsync(actorType, actorId, targetType, targetId, allowMissingActor, cancellationToken), inherited);
    }

    public async Task<GrantScope> ResolveScopeAsync(
        ActorType actorType, string actorId, TargetType targetType, string targetId, bool allowMissingActor, CancellationToken cancellationToken)
    {
        var actorDomainId = actorType == ActorType.User
            ? await db.Users.Where(u => u.Id == actorId).Select(u => u.DomainId).FirstOrDefaultAsync(cancellationToken)
            : await db.Groups.Where(g => g.Id == actorId).Select(g => g.DomainId).FirstOrDefaultAsync(cancellationToken);
        if (actorDomainId is null && !allowMissingActor)
        {
            throw new NotFoundException($"Could not find {(actorType == ActorType.User ? "user" : "group")}: {actorId}.");
        }

        var targetDomainId = targetType switch
        {
            TargetType.Project => await db.Projects.Where(p => p.Id == targetId && !p.IsDomain).Select(p => p.DomainId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"Could not find project: {targetId}."),
            TargetType.Domain => await db.Domains.AnyAsync(d => d.Id == targetId, cancellationToken)
                ? targetId
                : throw new NotFoundException($"Could not find domain: {targetId}."),
            _ => null,
        };
        return new GrantScope(actorType, actorId, actorDomainId, targetType, targetId, targetDomainId);
    }

    public async Task CreateAsync(GrantTarget grant, CancellationToken cancellationToken)
    {
        if (grant.Scope.TargetType == TargetType.Project && !grant.Role.IsGlobal && grant.Role.DomainId != grant.Scope.TargetDomainId)
        {
            throw new ForbiddenException($"Project {grant.Scope.TargetId} must be in the same domain as the role {grant.Role.Id} being assigned.");
        }

        if (grant.Scope.TargetType == TargetType.System && !grant.Role.IsGlobal)
        {
            throw new BadRequestException($"Role {grant.Role.Id} is a domain-specific role. Unable to use a domain-specific role in a system assignment.");
        }

        var assignment = ToAssignment(grant);
        if (await FindAsync(assignment, cancellationToken) is null)
        {
            db.RoleAssignments.Add(assignment);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <exception cref="NotFoundException">The actor does not hold the role on the target.</exception>
    public async Task CheckAsync(GrantTarget grant, CancellationToken cancellationToken) =>
        _ = await FindAsync(ToAssignment(grant), cancellationToken) ?? throw NotFound(grant);

    public async Task DeleteAsync(GrantTarget grant, CancellationToken cancellationToken)
    {
        var assignment = await FindAsync(ToAssignment(grant), cancellationToken) ?? throw NotFound(grant);
        db.RoleAssignments.Remove(assignment);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await RevokeTokensAsync(assignment, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The roles granted directly to the actor on the target (inherited ones only when <paramref name="inherited"/>).</summary>
    public async Task<List<Role>> ListRolesAsync(ActorType actorType, string actorId, TargetType targetType, string targetId, bool inherited, CancellationToken cancellationToken)
    {
        var type = AssignmentTypes.Of(actorType, targetType);
        return await db.RoleAssignments.AsNoTracking()
            .Where(a => a.Type == type && a.ActorId == actorId && a.TargetId == targetId && a.Inherited == inherited)
            .Join(db.Roles.AsNoTracking(), a => a.RoleId, r => r.Id, (a, r) => r)
            .OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Revokes the tokens a removed assignment may have put roles in: the user's, or each member's for a group; scoped to
    /// the project or domain, or to any scope for inherited and system assignments.
    /// </summary>
    public async Task RevokeTokensAsync(RoleAssignment assignment, CancellationToken cancellationToken)
    {
        var users = assignment.ActorType == ActorType.User
            ? [assignment.ActorId]
            : await db.UserGroupMemberships.AsNoTracking().Where(m => m.GroupId == assignment.ActorId).Select(m => m.UserId).ToListAsync(cancellationToken);
        var projectId = assignment.TargetType == TargetType.Project && !assignment.Inherited ? assignment.TargetId : null;
        var domainId = assignment.TargetType == TargetType.Domain && !assignment.Inherited ? assignment.TargetId : null;
        foreach (var userId in users)
        {
            await revoker.RevokeAssignmentAsync(userId, projectId, domainId, assignment.RoleId, cancellationToken);
        }
    }

    private static RoleAssignment ToAssignment(GrantTarget grant) =>
        RoleAssignment.Create(grant.Scope.ActorType, grant.Scope.ActorId, grant.Scope.TargetType, grant.Scope.TargetId, grant.Role.Id, grant.Inherited);

    private async Task<RoleAssignment?> FindAsync(RoleAssignment key, CancellationToken cancellationToken) =>
        await db.RoleAssignments.FindAsync([key.Type, key.ActorId, key.TargetId, key.RoleId, key.Inherited], cancellationToken);

    private static NotFoundException NotFound(GrantTarget grant) =>
        new($"Could not find role assignment with role: {grant.Role.Id}, user or group: {grant.Scope.ActorId}, project, domain, or system: {grant.Scope.TargetId}.");
}
