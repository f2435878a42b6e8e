using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>
/// Keystone's trust manager get_trust: a trust that is not deleted, not expired and has uses left (else 404), and, for a
/// redelegated trust, a chain whose every link is still a valid redelegation with enabled trustees (else 403).
/// </summary>
internal sealed class TrustStore(IdentityDbContext db, TimeProvider time)
{
    public Task<Trust?> FindAsync(string trustId, CancellationToken cancellationToken) =>
        db.Trusts.AsNoTracking().Include(t => t.Roles).FirstOrDefaultAsync(t => t.Id == trustId && t.DeletedAt == null, cancellationToken);

    /// <exception cref="SharpStack.Common.Faults.NotFoundException">No usable trust.</exception>
    public async Task<Trust> GetAsync(string trustId, int maxRedelegationCount, bool requireUses, CancellationToken cancellationToken)
    {
        var trust = await FindAsync(trustId, cancellationToken);
        if (trust is null || IsExpired(trust) || (requireUses && trust.RemainingUses is <= 0))
        {
            throw TrustErrors.NotFound(trustId);
        }

        var child = trust;
        while (child.RedelegatedTrustId is { } parentId)
        {
            var parent = await FindAsync(parentId, cancellationToken) ?? throw TrustErrors.NotFound(trustId);
            TrustRedelegation.Validate(parent, child.ExpiresAt, child.Roles.Select(r => r.RoleId), child.RemainingUses, child.Impersonation, maxRedelegationCount);
            if (!await db.Users.AnyAsync(u => u.Id == parent.TrusteeUserId && u.Enabled, cancellationToken))
            {
                throw TrustErrors.Forbidden();
            }

            child = parent;
        }

        return trust;
    }

    /// <summary>The trust and its ancestors, the trust first (Keystone's trust pedigree).</summary>
    public async Task<List<Trust>> PedigreeAsync(Trust trust, CancellationToken cancellationToken)
    {
        var chain = new List<Trust> { trust };
        while (chain[^1].RedelegatedTrustId is { } parentId && chain.Count <= 64)
        {
            var parent = await db.Trusts.AsNoTracking().Include(t => t.Roles).FirstOrDefaultAsync(t => t.Id == parentId, cancellationToken);
            if (parent is null)
            {
                break;
            }

            chain.Add(parent);
        }

        return chain;
    }

    public bool IsExpired(Trust trust) => trust.ExpiresAt is { } expires && time.GetUtcNow().UtcDateTime > expires;
}
