using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharpStack.Identity.Application.ApplicationCredentials;
using SharpStack.Identity.Application.Caching;
using SharpStack.Identity.Application.Trusts;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// Issues Fernet tokens and validates them: decrypt, expiry, the user/scope still enabled, roles on the scope, and the
/// revocation events newer than the token. Valid tokens are kept in <see cref="TokenValidationCache"/> until the next
/// Identity write of this process, so a revocation or a disable counts from the next request; with PostgreSQL (several
/// processes) each validation also reads the newest revocation event id, so another process's revocation counts too.
/// </summary>
internal sealed class TokenService(
    IdentityDbContext db,
    TokenFormatter formatter,
    RoleResolver roles,
    TrustTokenScope trusts,
    ApplicationCredentialLookup applicationCredentials,
    TokenValidationCache cache,
    IOptions<TokenOptions> options,
    TimeProvider time)
{
    public TimeSpan Lifetime => TimeSpan.FromSeconds(options.Value.Expiration);

    /// <summary>Mints a token for <paramref name="payload"/> (its <see cref="TokenPayload.IssuedAt"/> is set here).</summary>
    /// <returns>The token, or null when its user or scope cannot hold a token (then the caller answers 401).</returns>
    public async Task<TokenData?> IssueAsync(TokenPayload payload, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        payload = payload with { IssuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()) };
        return await LoadAsync(formatter.Create(payload), payload, cancellationToken);
    }

    /// <returns>The token's data, or null when it is not a valid token now (malformed, expired, revoked, disabled, no roles).</returns>
    public async Task<TokenData?> ValidateAsync(string token, bool allowExpired, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var caching = cache.Enabled;
        if (caching)
        {
            if (db is PostgresIdentityDbContext)
            {
                cache.ObserveRevocationMark(await db.RevocationEvents.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0);
            }

            // Entries end at the token's expiry, so an allow_expired validation past it reads the database again.
            if (cache.Get(token, now) is { } cached)
            {
                return cached;
            }
        }

        var generation = cache.Generation;
        if (formatter.Read(token) is not { } payload)
        {
            return null;
        }

        var window = allowExpired ? TimeSpan.FromSeconds(options.Value.AllowExpiredWindow) : TimeSpan.Zero;
        if (payload.ExpiresAt + window <= now)
        {
            return null;
        }

        var data = await LoadAsync(token, payload, cancellationToken);
        if (data is null)
        {
            return null;
        }

        var issuedAt = payload.IssuedAt.UtcDateTime;
        var events = await db.RevocationEvents.AsNoTracking().Where(e => e.IssuedBefore >= issuedAt).ToListAsync(cancellationToken);
        if (RevocationMatcher.IsRevoked(events, data))
        {
            return null;
        }

        if (caching)
        {
            cache.Set(token, data, generation, now);
        }

        return data;
    }

    private async Task<TokenData?> LoadAsync(string token, TokenPayload payload, CancellationToken cancellationToken)
    {
        var user = await (
                from u in db.Users.AsNoTracking()
                join d in db.Domains.AsNoTracking() on u.DomainId equals d.Id
                where u.Id == payload.UserId && u.Enabled && d.Enabled
                select new TokenUser(u.Id, u.Name, u.DomainId, d.Name, u.PasswordExpiresAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        if (payload.ProjectId is { } projectId)
        {
            var project = await (
                    from p in db.Projects.AsNoTracking()
                    join d in db.Domains.AsNoTracking() on p.DomainId equals d.Id
                    where p.Id == projectId && p.Enabled && d.Enabled
                    select new TokenProject(p.Id, p.Name, p.DomainId, d.Name, p.IsDomain))
                .FirstOrDefaultAsync(cancellationToken);
            if (payload.TrustId is { } trustId)
            {
                return project is not null && await trusts.LoadAsync(trustId, user, cancellationToken) is { } trust
                    ? new TokenData(token, payload, trust.User, project, null, trust.Roles) { Trust = trust.Trust }
                    : null;
            }

            var projectRoles = project is null ? [] : await roles.ForProjectAsync(user.Id, project.Id, project.DomainId, cancellationToken);
            TokenApplicationCredential? credential = null;
            if (payload.ApplicationCredentialId is { } credentialId)
            {
                // The credential's roles that the user still has there; none once the credential is deleted or expired.
                credential = await applicationCredentials.FindAsync(credentialId, cancellationToken);
                projectRoles = credential is null || credential.UserId != user.Id || credential.ProjectId != projectId
                    ? []
                    : [.. projectRoles.Where(role => credential.HoldsRole(role.Id))];
            }

            return projectRoles.Count == 0
                ? null
                : new TokenData(token, payload, user, project, null, projectRoles) { ApplicationCredential = credential };
        }

        if (payload.DomainId is { } domainId)
        {
            var domain = await db.Domains.AsNoTracking()
                .Where(d => d.Id == domainId && d.Enabled)
                .Select(d => new TokenDomain(d.Id, d.Name))
                .FirstOrDefaultAsync(cancellationToken);
            var domainRoles = domain is null ? [] : await roles.ForDomainAsync(user.Id, domain.Id, cancellationToken);
            return domainRoles.Count == 0 ? null : new TokenData(token, payload, user, null, domain, domainRoles);
        }

        if (payload.System is not null)
        {
            var systemRoles = await roles.ForSystemAsync(user.Id, cancellationToken);
            return systemRoles.Count == 0 ? null : new TokenData(token, payload, user, null, null, systemRoles);
        }

        return new TokenData(token, payload, user, null, null, []);
    }
}
