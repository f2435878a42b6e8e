using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Cascades;

/// <summary>
/// What Keystone's delete callbacks remove along with a user, a project or a domain (identity, credential,
/// application_credential, trust, limit, catalog and domain_config managers). Callers run it inside the delete's
/// <c>InTransactionAsync</c>, so the dependants go with the resource or not at all.
/// </summary>
internal sealed class DependantCleanup(IdentityDbContext db, ITokenRevoker revoker, TimeProvider time)
{
    /// <summary>
    /// identity delete_user: the users' credentials (EC2 and TOTP ones included); application_credential's user-deleted
    /// callback: their application credentials and access rules; trust's: trusts they are trustor or trustee of.
    /// </summary>
    public async Task ForUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        await db.Credentials.Where(c => userIds.Contains(c.UserId)).ExecuteDeleteAsync(cancellationToken);
        await ApplicationCredentialsOfAsync(userIds, cancellationToken);
        var trustIds = await db.Trusts
            .Where(t => t.DeletedAt == null && (userIds.Contains(t.TrustorUserId) || userIds.Contains(t.TrusteeUserId)))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        await DeleteTrustsAsync(trustIds, cancellationToken);
    }

    /// <summary>
    /// application_credential's user-deleted and user-disabled callbacks: the users' application credentials, with their
    /// role and access-rule rows, and the users' access rules.
    /// </summary>
    public async Task ApplicationCredentialsOfAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var appCredentials = db.ApplicationCredentials.Where(c => userIds.Contains(c.UserId)).Select(c => c.InternalId);
        await db.ApplicationCredentialRoles.Where(r => appCredentials.Contains(r.ApplicationCredentialId)).ExecuteDeleteAsync(cancellationToken);
        await db.ApplicationCredentialAccessRules.Where(r => appCredentials.Contains(r.ApplicationCredentialId)).ExecuteDeleteAsync(cancellationToken);
        await db.ApplicationCredentials.Where(c => userIds.Contains(c.UserId)).ExecuteDeleteAsync(cancellationToken);
        await db.AccessRules.Where(r => userIds.Contains(r.UserId)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// resource _post_delete_cleanup_project: the projects' credentials, trusts and limits; catalog's project-deleted
    /// callback: their endpoint and endpoint-group associations; identity's: users' default project unset.
    /// </summary>
    public async Task ForProjectsAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken)
    {
        await db.Credentials.Where(c => c.ProjectId != null && projectIds.Contains(c.ProjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.Limits.Where(l => l.ProjectId != null && projectIds.Contains(l.ProjectId)).ExecuteDeleteAsync(cancellationToken);
        var trustIds = await db.Trusts
            .Where(t => t.DeletedAt == null && t.ProjectId != null && projectIds.Contains(t.ProjectId))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        await DeleteTrustsAsync(trustIds, cancellationToken);
        await db.ProjectEndpoints.Where(a => projectIds.Contains(a.ProjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.ProjectEndpointGroups.Where(a => projectIds.Contains(a.ProjectId)).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.DefaultProjectId != null && projectIds.Contains(u.DefaultProjectId))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.DefaultProjectId, (string?)null), cancellationToken);
    }

    /// <summary>
    /// resource _delete_domain: the domain's configuration options. Keystone's delete_limits_for_project(domain_id)
    /// matches project limits only; the domain's own limits go too, since nothing could reach them afterwards.
    /// </summary>
    public async Task ForDomainAsync(string domainId, CancellationToken cancellationToken)
    {
        await db.DomainConfigOptions.Where(o => o.DomainId == domainId).ExecuteDeleteAsync(cancellationToken);
        await db.Limits.Where(l => l.DomainId == domainId).ExecuteDeleteAsync(cancellationToken);
    }

    // The trust driver's delete_trust: soft-deleted as Keystone does, with their tokens revoked.
    private async Task DeleteTrustsAsync(List<string> trustIds, CancellationToken cancellationToken)
    {
        if (trustIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.Trusts.Where(t => trustIds.Contains(t.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.DeletedAt, now), cancellationToken);
        foreach (var trustId in trustIds)
        {
            await revoker.RevokeTrustAsync(trustId, cancellationToken);
        }
    }
}
