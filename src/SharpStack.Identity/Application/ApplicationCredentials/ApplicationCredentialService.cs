using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>A user's application credentials (keystone.application_credential.core and backends/sql).</summary>
internal sealed class ApplicationCredentialService(IdentityDbContext db, PasswordHasher hasher)
{
    public static NotFoundException NotFound(string id) => new($"Could not find Application Credential: {id}.");

    /// <summary>Creates a credential on the caller's project; <paramref name="tokenRoles"/> are the roles of the token that asks.</summary>
    /// <returns>The credential and its secret, the only time the secret is shown.</returns>
    public async Task<(ApplicationCredentialView View, string Secret)> CreateAsync(
        string userId, string projectId, IReadOnlyList<TokenRole> tokenRoles, ApplicationCredentialRequest request, CancellationToken cancellationToken)
    {
        var roleIds = await RoleIdsAsync(request.Roles, tokenRoles, cancellationToken);
        if (await db.ApplicationCredentials.AnyAsync(c => c.UserId == userId && c.Name == request.Name, cancellationToken))
        {
            throw new ConflictException($"Conflict occurred attempting to store application_credential - Duplicate entry found with name {request.Name}.");
        }

        var secret = string.IsNullOrEmpty(request.Secret) ? ApplicationCredentialSecrets.Generate() : request.Secret;
        var credential = new ApplicationCredential
        {
            Id = KeystoneIds.New(),
            Name = request.Name,
            SecretHash = hasher.Hash(secret),
            Description = request.Description,
            UserId = userId,
            ProjectId = projectId,
            ExpiresAt = request.ExpiresAt,
            Unrestricted = request.Unrestricted,
            Roles = [.. roleIds.Select(id => new ApplicationCredentialRole { RoleId = id })],
        };
        var rules = await AccessRulesAsync(userId, request.AccessRules ?? [], cancellationToken);
        credential.AccessRules.AddRange(rules.Select(rule => new ApplicationCredentialAccessRule { AccessRule = rule }));
        db.ApplicationCredentials.Add(credential);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException($"Conflict occurred attempting to store application_credential - Duplicate entry found with name {request.Name}.");
        }

        return (await GetAsync(credential.Id, cancellationToken), secret);
    }

    public async Task<IReadOnlyList<ApplicationCredentialView>> ListAsync(string userId, string? name, CancellationToken cancellationToken)
    {
        var query = Credentials().Where(c => c.UserId == userId);
        if (name is not null)
        {
            query = query.Where(c => c.Name == name);
        }

        return await ViewsAsync(await query.OrderBy(c => c.InternalId).ToListAsync(cancellationToken), cancellationToken);
    }

    public async Task<ApplicationCredentialView> GetAsync(string id, CancellationToken cancellationToken)
    {
        var credential = await Credentials().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound(id);
        return (await ViewsAsync([credential], cancellationToken))[0];
    }

    /// <summary>The owner of a credential, which the policy checks instead of the user in the path (as Keystone does).</summary>
    public Task<string?> OwnerAsync(string id, CancellationToken cancellationToken) =>
        db.ApplicationCredentials.AsNoTracking().Where(c => c.Id == id).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Deletes a credential; its tokens stop validating because validation looks the credential up.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var credential = await db.ApplicationCredentials.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound(id);
        db.ApplicationCredentials.Remove(credential);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes every credential and access rule of a user (user deleted or disabled).</summary>
    public Task DeleteForUserAsync(string userId, CancellationToken cancellationToken) => db.InTransactionAsync(async () =>
    {
        await db.ApplicationCredentials.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AccessRules.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }, cancellationToken);

    /// <summary>Deletes a user's credentials on a project (the user lost their role assignment there).</summary>
    public Task DeleteForUserOnProjectAsync(string userId, string projectId, CancellationToken cancellationToken) =>
        db.ApplicationCredentials.Where(c => c.UserId == userId && c.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<ApplicationCredential> Credentials() =>
        db.ApplicationCredentials.AsNoTracking().Include(c => c.Roles).Include(c => c.AccessRules).ThenInclude(r => r.AccessRule);

    private async Task<List<ApplicationCredentialView>> ViewsAsync(List<ApplicationCredential> credentials, CancellationToken cancellationToken)
    {
        var roleIds = credentials.SelectMany(c => c.Roles).Select(r => r.RoleId).Distinct().ToList();
        var roles = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return
        [
            .. credentials.Select(c => new ApplicationCredentialView(
                c,
                [.. c.Roles.Select(r => roles.GetValueOrDefault(r.RoleId)).OfType<Role>()],
                [.. c.AccessRules.Select(r => r.AccessRule).OfType<AccessRule>()])),
        ];
    }

    // Keystone's _get_roles: the token's roles by default; named roles plus what they imply, each of them in the token.
    private async Task<List<string>> RoleIdsAsync(IReadOnlyList<RoleReference> requested, IReadOnlyList<TokenRole> tokenRoles, CancellationToken cancellationToken)
    {
        if (requested.Count == 0)
        {
            return [.. tokenRoles.Select(r => r.Id).Distinct()];
        }

        var ids = new List<string>();
        foreach (var role in requested)
        {
            var id = role.Id ?? await db.Roles.AsNoTracking()
                .Where(r => r.Name == role.Name && r.DomainId == Role.GlobalDomainId)
                .Select(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"Could not find role: Role {role.Name} is not defined.");
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        var rules = await db.ImpliedRoles.AsNoTracking().ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            foreach (var rule in rules.Where(rule => rule.PriorRoleId == ids[i] && !ids.Contains(rule.ImpliedRoleId)))
            {
                ids.Add(rule.ImpliedRoleId);
            }
        }

        return ids.All(id => tokenRoles.Any(r => r.Id == id))
            ? ids
            : throw new BadRequestException("Invalid application credential: Cannot create an application credential with unassigned role");
    }

    // An access rule given by id, or identical to one the user has, is reused; otherwise a new rule is made for the user.
    private async Task<List<AccessRule>> AccessRulesAsync(string userId, IReadOnlyList<AccessRuleRequest> requested, CancellationToken cancellationToken)
    {
        var rules = new List<AccessRule>();
        foreach (var request in requested)
        {
            var rule = request.Id is null ? null : await db.AccessRules.FirstOrDefaultAsync(r => r.ExternalId == request.Id && r.UserId == userId, cancellationToken);
            if (rule is null && (request.Service is null || request.Path is null || request.Method is null))
            {
                throw request.Id is null
                    ? new BadRequestException("Invalid input for field 'access_rules': 'service', 'path' and 'method' are required properties")
                    : new NotFoundException($"Could not find Access Rule: {request.Id}.");
            }

            rule ??= await db.AccessRules.FirstOrDefaultAsync(
                r => r.UserId == userId && r.Service == request.Service && r.Path == request.Path && r.Method == request.Method, cancellationToken);
            rule ??= rules.FirstOrDefault(r => r.Service == request.Service && r.Path == request.Path && r.Method == request.Method);
            rule ??= new AccessRule
            {
                ExternalId = request.Id is not null && !await db.AccessRules.AnyAsync(r => r.ExternalId == request.Id, cancellationToken) ? request.Id : KeystoneIds.New(),
                UserId = userId,
                Service = request.Service!,
                Path = request.Path!,
                Method = request.Method!,
            };
            if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        return rules;
    }
}
