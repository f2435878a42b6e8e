using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>
/// Trust-scoped tokens, as Keystone's token model checks them on issue and on every validation: the trust usable, the
/// caller its trustee, trustor and trustee enabled, and every delegated role (with what it implies) still held by the
/// trustor on the project; the token carries those roles and, with impersonation, speaks for the trustor.
/// </summary>
internal sealed class TrustTokenScope(
    IdentityDbContext db, TrustStore store, EffectiveRoleResolver effectiveRoles, IOptions<TrustOptions> options)
{
    private const int MaxConsumeAttempts = 10;

    /// <summary>The scope of a new token on the trust, for <paramref name="userId"/> who authenticated.</summary>
    public async Task<ResolvedScope> ResolveAsync(string userId, string trustId, CancellationToken cancellationToken)
    {
        Trust trust;
        try
        {
            trust = await store.GetAsync(trustId, options.Value.MaxRedelegationCount, requireUses: true, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw AuthErrors.Unauthorized();
        }

        if (trust.TrusteeUserId != userId)
        {
            throw TrustErrors.Forbidden();
        }

        if (trust.ProjectId is null || !await ProjectEnabledAsync(trust.ProjectId, cancellationToken))
        {
            throw trust.ProjectId is null ? TrustErrors.Forbidden() : AuthErrors.Unauthorized();
        }

        if (await UserAsync(trust.TrustorUserId, cancellationToken) is null || await RolesAsync(trust, cancellationToken) is null)
        {
            throw TrustErrors.Forbidden();
        }

        return new ResolvedScope(ProjectId: trust.ProjectId, TrustId: trust.Id, TrustExpiresAt: trust.ExpiresAt);
    }

    /// <summary>Takes one use of a limited trust once its token is issued (optimistic, as Keystone's consume_use).</summary>
    public async Task ConsumeUseAsync(string trustId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxConsumeAttempts; attempt++)
        {
            var remaining = await db.Trusts.AsNoTracking()
                .Where(t => t.Id == trustId && t.DeletedAt == null)
                .Select(t => new { t.RemainingUses })
                .FirstOrDefaultAsync(cancellationToken) ?? throw AuthErrors.Unauthorized();
            if (remaining.RemainingUses is not { } uses)
            {
                return;
            }

            if (uses <= 0)
            {
                throw AuthErrors.Unauthorized();
            }

            var updated = await db.Trusts
                .Where(t => t.Id == trustId && t.DeletedAt == null && t.RemainingUses == uses)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RemainingUses, uses - 1), cancellationToken);
            if (updated == 1)
            {
                return;
            }
        }

        throw AuthErrors.Unauthorized();
    }

    /// <summary>
    /// What a trust-scoped token shows now, or null when it is no longer valid. A trust whose last use issued the token
    /// still validates it; deletion, expiry, a disabled trustor or a role the trustor lost end it.
    /// </summary>
    public async Task<(TokenTrust Trust, TokenUser User, IReadOnlyList<TokenRole> Roles)?> LoadAsync(
        string trustId, TokenUser authenticated, CancellationToken cancellationToken)
    {
        Trust trust;
        try
        {
            trust = await store.GetAsync(trustId, options.Value.MaxRedelegationCount, requireUses: false, cancellationToken);
        }
        catch (OpenStackException)
        {
            return null;
        }

        if (trust.TrusteeUserId != authenticated.Id || await UserAsync(trust.TrustorUserId, cancellationToken) is not { } trustor)
        {
            return null;
        }

        var roles = await RolesAsync(trust, cancellationToken);
        return roles is null
            ? null
            : (new TokenTrust(trust.Id, trust.Impersonation, trust.TrustorUserId, trust.TrusteeUserId), trust.Impersonation ? trustor : authenticated, roles);
    }

    private async Task<IReadOnlyList<TokenRole>?> RolesAsync(Trust trust, CancellationToken cancellationToken)
    {
        if (trust.ProjectId is null)
        {
            return null;
        }

        var pedigree = await store.PedigreeAsync(trust, cancellationToken);
        var held = (await effectiveRoles.RolesForProjectAsync(pedigree[^1].TrustorUserId, trust.ProjectId, cancellationToken))
            .Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var direct = trust.Roles.Select(r => r.RoleId).ToList();
        var delegated = (await ImpliedRoleGraph.LoadAsync(db, cancellationToken)).Closure(direct);
        if (!delegated.All(held.Contains))
        {
            return null;
        }

        var roles = await db.Roles.AsNoTracking()
            .Where(r => delegated.Contains(r.Id) && r.DomainId == Role.GlobalDomainId)
            .Select(r => new TokenRole(r.Id, r.Name))
            .ToListAsync(cancellationToken);
        return roles.Count == 0
            ? null
            : [.. roles.OrderBy(r => direct.Contains(r.Id) ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private Task<bool> ProjectEnabledAsync(string projectId, CancellationToken cancellationToken) => (
            from p in db.Projects.AsNoTracking()
            join d in db.Domains.AsNoTracking() on p.DomainId equals d.Id
            where p.Id == projectId && p.Enabled && d.Enabled
            select p.Id)
        .AnyAsync(cancellationToken);

    private Task<TokenUser?> UserAsync(string userId, CancellationToken cancellationToken) => (
            from u in db.Users.AsNoTracking()
            join d in db.Domains.AsNoTracking() on u.DomainId equals d.Id
            where u.Id == userId && u.Enabled && d.Enabled
            select new TokenUser(u.Id, u.Name, u.DomainId, d.Name, u.PasswordExpiresAt))
        .FirstOrDefaultAsync(cancellationToken);
}
