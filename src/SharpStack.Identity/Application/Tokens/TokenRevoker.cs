using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Tokens;

internal sealed class TokenRevoker(IdentityDbContext db, TimeProvider time) : ITokenRevoker
{
    public Task RevokeAuditIdAsync(string auditId, CancellationToken cancellationToken) =>
        AddAsync(now => new RevocationEvent { AuditId = auditId, IssuedBefore = now, RevokedAt = now }, cancellationToken);

    public Task RevokeUserAsync(string userId, CancellationToken cancellationToken) =>
        AddAsync(now => new RevocationEvent { UserId = userId, IssuedBefore = now, RevokedAt = now }, cancellationToken);

    public Task RevokeProjectAsync(string projectId, CancellationToken cancellationToken) =>
        AddAsync(now => new RevocationEvent { ProjectId = projectId, IssuedBefore = now, RevokedAt = now }, cancellationToken);

    public Task RevokeDomainAsync(string domainId, CancellationToken cancellationToken) =>
        AddAsync(now => new RevocationEvent { DomainId = domainId, IssuedBefore = now, RevokedAt = now }, cancellationToken);

    public Task RevokeAssignmentAsync(string? userId, string? projectId, string? domainId, string roleId, CancellationToken cancellationToken) =>
        AddAsync(now => new RevocationEvent
        {
            UserId = userId,
            ProjectId = projectId,
            DomainId = domainId,
            RoleId = roleId,
            IssuedBefore = now,
            RevokedAt = now,
        }, cancellationToken);

    public Task RevokeTrustAsync(string trustId, CancellationToken cancellationToken) =>
        AddAsync(now => new RevocationEvent { TrustId = trustId, IssuedBefore = now, RevokedAt = now }, cancellationToken);

    private async Task AddAsync(Func<DateTime, RevocationEvent> create, CancellationToken cancellationToken)
    {
        db.RevocationEvents.Add(create(time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }
}
