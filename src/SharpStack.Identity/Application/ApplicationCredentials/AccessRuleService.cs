using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>A user's access rules: made by creating application credentials, listed, shown and deleted once unused.</summary>
internal sealed class AccessRuleService(IdentityDbContext db)
{
    public async Task<IReadOnlyList<AccessRule>> ListAsync(
        string userId, string? service, string? path, string? method, CancellationToken cancellationToken)
    {
        var query = db.AccessRules.AsNoTracking().Where(r => r.UserId == userId);
        query = service is null ? query : query.Where(r => r.Service == service);
        query = path is null ? query : query.Where(r => r.Path == path);
        query = method is null ? query : query.Where(r => r.Method == method);
        return await query.OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A rule of <paramref name="userId"/>; another user's rule is not found.</summary>
    public async Task<AccessRule> GetAsync(string userId, string id, CancellationToken cancellationToken) =>
        await db.AccessRules.AsNoTracking().FirstOrDefaultAsync(r => r.ExternalId == id && r.UserId == userId, cancellationToken)
        ?? throw NotFound(id);

    /// <exception cref="ForbiddenException">An application credential still uses the rule (Keystone's 403).</exception>
    public async Task DeleteAsync(string userId, string id, CancellationToken cancellationToken)
    {
        var rule = await db.AccessRules.FirstOrDefaultAsync(r => r.ExternalId == id && r.UserId == userId, cancellationToken) ?? throw NotFound(id);
        if (await db.ApplicationCredentialAccessRules.AnyAsync(link => link.AccessRuleId == rule.Id, cancellationToken))
        {
            throw new ForbiddenException("May not delete access rule in use");
        }

        db.AccessRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static NotFoundException NotFound(string id) => new($"Could not find Access Rule: {id}.");
}
