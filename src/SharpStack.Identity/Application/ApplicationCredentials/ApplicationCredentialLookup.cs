using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>Finds the credential behind an application-credential token, at issue and at every validation.</summary>
internal sealed class ApplicationCredentialLookup(IdentityDbContext db, TimeProvider time)
{
    /// <returns>The credential, or null when it was deleted or has expired (then its tokens are invalid).</returns>
    public async Task<TokenApplicationCredential?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var credential = await db.ApplicationCredentials.AsNoTracking()
            .Include(c => c.Roles)
            .Include(c => c.AccessRules).ThenInclude(r => r.AccessRule)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (credential is null || (credential.ExpiresAt is { } expiresAt && expiresAt <= time.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        return new TokenApplicationCredential(
            credential.Id,
            credential.Name,
            credential.UserId,
            credential.ProjectId,
            credential.Unrestricted,
            credential.ExpiresAt,
            [.. credential.Roles.Select(r => r.RoleId)],
            [.. credential.AccessRules.Select(r => r.AccessRule!)]);
    }

    /// <summary>The secret hash, for the auth method only.</summary>
    public Task<string?> SecretHashAsync(string id, CancellationToken cancellationToken) =>
        db.ApplicationCredentials.AsNoTracking().Where(c => c.Id == id).Select(c => c.SecretHash).FirstOrDefaultAsync(cancellationToken);

    public Task<string?> IdByNameAsync(string userId, string name, CancellationToken cancellationToken) =>
        db.ApplicationCredentials.AsNoTracking().Where(c => c.UserId == userId && c.Name == name).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
}
