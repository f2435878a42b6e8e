using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Creates, reads and deletes trusts as Keystone's trust API and manager do (keystone/api/trusts.py, trust/core.py).</summary>
internal sealed class TrustService(
    IdentityDbContext db,
    TrustStore store,
    EffectiveRoleResolver effectiveRoles,
    ITokenRevoker revoker,
    IOptions<TrustOptions> options,
    TimeProvider time)
{
    private int MaxRedelegationCount => options.Value.MaxRedelegationCount;

    public Task<Trust> GetAsync(string trustId, CancellationToken cancellationToken) =>
        store.GetAsync(trustId, MaxRedelegationCount, requireUses: true, cancellationToken);

    /// <param name="callerUserId">The user the caller's token speaks for.</param>
    /// <param name="callerTrustId">The trust of the caller's token when it is trust-scoped: the new trust redelegates it.</param>
    public async Task<Trust> CreateAsync(TrustRequest request, string callerUserId, string? callerTrustId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(request.ProjectId) && request.Roles.Count == 0)
        {
            throw TrustErrors.ForbiddenAction("At least one role should be specified");
        }

        if (callerUserId != request.TrustorUserId)
        {
            throw TrustErrors.ForbiddenAction("The authenticated user should match the trustor");
        }

        if (!await db.Users.AnyAsync(u => u.Id == request.TrusteeUserId, cancellationToken))
        {
            throw new NotFoundException($"Could not find user: {request.TrusteeUserId}.");
        }

        var roleIds = await NormalizeRolesAsync(request, cancellationToken);
        var redelegated = callerTrustId is null ? null : await GetAsync(callerTrustId, cancellationToken);

        // Keystone's _get_trustor_roles: a redelegation delegates the roles of the chain's original trustor.
        var originalTrustor = redelegated is null ? request.TrustorUserId : (await store.PedigreeAsync(redelegated, cancellationToken))[^1].TrustorUserId;
        await RequireTrustorRolesAsync(request, originalTrustor, roleIds, cancellationToken);
        var expiresAt = ParseExpiry(request.ExpiresAt);

        var max = MaxRedelegationCount;
        var requested = request.RedelegationCount;
        var redelegatable = request.AllowRedelegation && requested != 0;
        int? count;
        if (!redelegatable)
        {
            count = requested = 0;
        }
        else
        {
            if (requested > max)
            {
                throw TrustErrors.Forbidden();
            }

            if (request.RemainingUses is not null)
            {
                throw new BadRequestException("remaining_uses must not be set if redelegation is allowed");
            }

            count = requested;
        }

        if (redelegated is not null)
        {
            var remaining = (redelegated.RedelegationCount ?? 0) - 1;
            if (redelegatable && requested is > 0 && requested != remaining)
            {
                throw TrustErrors.Forbidden();
            }

            count ??= remaining;
            expiresAt ??= redelegated.ExpiresAt;
            foreach (var ancestor in await store.PedigreeAsync(redelegated, cancellationToken))
            {
                TrustRedelegation.Validate(ancestor, expiresAt, roleIds, request.RemainingUses, request.Impersonation, max);
            }
        }

        var id = KeystoneIds.New();
        var trust = new Trust
        {
            Id = id,
            TrustorUserId = request.TrustorUserId,
            TrusteeUserId = request.TrusteeUserId,
            ProjectId = string.IsNullOrEmpty(request.ProjectId) ? null : request.ProjectId,
            Impersonation = request.Impersonation,
            ExpiresAt = expiresAt,
            RemainingUses = request.RemainingUses,
            RedelegatedTrustId = redelegated?.Id,
            RedelegationCount = count ?? max,
            Extra = request.Extra,
            Roles = [.. roleIds.Select(roleId => new TrustRole { TrustId = id, RoleId = roleId })],
        };
        if (await db.Trusts.AnyAsync(
                t => t.TrustorUserId == trust.TrustorUserId && t.TrusteeUserId == trust.TrusteeUserId && t.ProjectId != null
                    && t.ProjectId == trust.ProjectId && t.Impersonation == trust.Impersonation && t.ExpiresAt != null && t.ExpiresAt == trust.ExpiresAt,
                cancellationToken))
        {
            throw new ConflictException($"Conflict occurred attempting to store trust - Duplicate entry found with ID {trust.Id}.");
        }

        db.Trusts.Add(trust);
        await db.SaveChangesAsync(cancellationToken);
        return trust;
    }

    /// <summary>Keystone's list: not deleted (expired and used-up trusts included); with both filters only the trustor's applies.</summary>
    public async Task<List<Trust>> ListAsync(string? trustorUserId, string? trusteeUserId, bool all, CancellationToken cancellationToken)
    {
        var query = db.Trusts.AsNoTracking().Where(t => t.DeletedAt == null);
        if (!all && trustorUserId is null && trusteeUserId is null)
        {
            return [];
        }

        if (trustorUserId is not null)
        {
            query = query.Where(t => t.TrustorUserId == trustorUserId);
        }
        else if (trusteeUserId is not null)
        {
            query = query.Where(t => t.TrusteeUserId == trusteeUserId);
        }

        return await query.OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Deletes the trust and the trusts redelegated from it, and revokes their tokens.</summary>
    public Task DeleteAsync(string trustId, CancellationToken cancellationToken) => db.InTransactionAsync(async () =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pending = new Queue<string>([trustId]);
        while (pending.TryDequeue(out var id))
        {
            foreach (var child in await db.Trusts.Where(t => t.RedelegatedTrustId == id && t.DeletedAt == null).Select(t => t.Id).ToListAsync(cancellationToken))
            {
                pending.Enqueue(child);
            }

            var trust = await db.Trusts.FirstOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
            if (trust is not null)
            {
                trust.DeletedAt = now;
                await revoker.RevokeTrustAsync(id, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }, cancellationToken);

    /// <summary>The trust's roles that still exist, by id order of the trust.</summary>
    public async Task<List<Role>> RolesAsync(Trust trust, CancellationToken cancellationToken)
    {
        var ids = trust.Roles.Select(r => r.RoleId).ToList();
        var roles = await db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return [.. roles.OrderBy(r => ids.IndexOf(r.Id))];
    }

    private async Task<List<string>> NormalizeRolesAsync(TrustRequest request, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var (id, name) in request.Roles)
        {
            var roleId = id ?? await db.Roles.AsNoTracking()
                    .Where(r => r.Name == name && r.DomainId == Role.GlobalDomainId)
                    .Select(r => r.Id)
                    .FirstOrDefaultAsync(cancellationToken)
                ?? throw TrustErrors.RoleNotFound(name!);
            if (!ids.Contains(roleId))
            {
                ids.Add(roleId);
            }
        }

        return ids;
    }

    private async Task RequireTrustorRolesAsync(TrustRequest request, string trustorUserId, List<string> roleIds, CancellationToken cancellationToken)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(request.ProjectId))
        {
            if (!await db.Projects.AnyAsync(p => p.Id == request.ProjectId, cancellationToken))
            {
                throw new NotFoundException($"Could not find project: {request.ProjectId}.");
            }

            held.UnionWith((await effectiveRoles.RolesForProjectAsync(trustorUserId, request.ProjectId, cancellationToken)).Select(r => r.Id));
        }

        foreach (var roleId in roleIds.Where(roleId => !held.Contains(roleId)))
        {
            throw TrustErrors.RoleNotFound(roleId);
        }
    }

    // keystone.common.utils.parse_expiration_date: ISO 8601, UTC when no offset, not in the past.
    private DateTime? ParseExpiry(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.EndsWith('Z') ? value : value + "Z";
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            || !text.Contains('T', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            throw new BadRequestException(
                "Timestamp not in expected format. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.");
        }

        return parsed < time.GetUtcNow()
            ? throw new BadRequestException(
                "The 'expires_at' must not be before now. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.")
            : parsed.UtcDateTime;
    }
}
