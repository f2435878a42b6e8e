using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Roles;

/// <summary>Global and domain-specific roles, and the inference rules between them (keystone.assignment.core.RoleManager).</summary>
internal sealed class RoleService(IdentityDbContext db, GrantService grants)
{
    /// <summary>Keystone's <c>[assignment] prohibited_implied_role</c>.</summary>
    public static IReadOnlyList<string> ProhibitedImpliedRoles { get; } = ["admin"];

    private static readonly string[] Known = ["name", "domain_id", "description", "options"];

    public async Task<Role> GetAsync(string roleId, CancellationToken cancellationToken) =>
        await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken)
        ?? throw new NotFoundException($"Could not find role: {roleId}.");

    public Task<Role?> FindAsync(string roleId, CancellationToken cancellationToken) =>
        db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken);

    /// <summary>Without a domain filter only the global roles are listed, as Keystone does.</summary>
    public async Task<List<Role>> ListAsync(string? name, string? domainId, CancellationToken cancellationToken)
    {
        var domain = string.IsNullOrEmpty(domainId) ? Role.GlobalDomainId : domainId;
        var query = db.Roles.AsNoTracking().Where(r => r.DomainId == domain);
        if (name is not null)
        {
            query = query.Where(r => r.Name == name);
        }

        return await query.OrderBy(r => r.Name).ToListAsync(cancellationToken);
    }

    public async Task<Role> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var name = ResourceValidation.Name(body, "role", Role.NameMaxLength);
        var domainId = ResourceValidation.OptionalString(body, "domain_id", KeystoneIds.MaxLength);
        var role = new Role
        {
            Id = KeystoneIds.New(),
            Name = name,
            DomainId = string.IsNullOrEmpty(domainId) ? Role.GlobalDomainId : domainId,
            Description = ResourceValidation.OptionalString(body, "description", Role.DescriptionMaxLength),
            Options = ImmutableOption.Merge([], Options(body)),
            Extra = ResourceValidation.Extra(body, null, Known),
        };
        await EnsureUniqueAsync(role.Name, role.DomainId, null, cancellationToken);
        db.Roles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return role;
    }

    public async Task<Role> UpdateAsync(string roleId, JsonObject body, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken)
            ?? throw new NotFoundException($"Could not find role: {roleId}.");
        if (body.TryGetPropertyValue("id", out var id) && id?.ToString() != roleId)
        {
            throw new BadRequestException("Cannot change ID");
        }

        ImmutableOption.AssertUpdatable(role.Options, body.Count, Options(body), "role", roleId);

        if (body.ContainsKey("domain_id"))
        {
            var domainId = ResourceValidation.OptionalString(body, "domain_id", KeystoneIds.MaxLength);
            if ((string.IsNullOrEmpty(domainId) ? Role.GlobalDomainId : domainId) != role.DomainId)
            {
                throw new BadRequestException("Update of `domain_id` is not allowed.");
            }
        }

        if (body.ContainsKey("name"))
        {
            var name = ResourceValidation.Name(body, "role", Role.NameMaxLength);
            await EnsureUniqueAsync(name, role.DomainId, role.Id, cancellationToken);
            role.Name = name;
        }

        if (body.ContainsKey("description"))
        {
            role.Description = ResourceValidation.OptionalString(body, "description", Role.DescriptionMaxLength);
        }

        role.Options = ImmutableOption.Merge(role.Options, Options(body));
        role.Extra = ResourceValidation.Extra(body, role.Extra, Known);
        await db.SaveChangesAsync(cancellationToken);
        return role;
    }

    public async Task DeleteAsync(string roleId, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken)
            ?? throw new NotFoundException($"Could not find role: {roleId}.");
        ImmutableOption.AssertDeletable(role.Options, "role", roleId);
        var assignments = await db.RoleAssignments.Where(a => a.RoleId == roleId).ToListAsync(cancellationToken);
        var rules = await db.ImpliedRoles.Where(i => i.PriorRoleId == roleId || i.ImpliedRoleId == roleId).ToListAsync(cancellationToken);
        db.RoleAssignments.RemoveRange(assignments);
        db.ImpliedRoles.RemoveRange(rules);
        db.Roles.Remove(role);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var assignment in assignments)
            {
                await grants.RevokeTokensAsync(assignment, cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task<(Role Prior, Role Implied)> CreateImpliedAsync(string priorId, string impliedId, CancellationToken cancellationToken)
    {
        var implied = await GetAsync(impliedId, cancellationToken);
        var prior = await GetAsync(priorId, cancellationToken);
        if (ProhibitedImpliedRoles.Contains(implied.Name, StringComparer.Ordinal))
        {
            throw new ForbiddenException($"{impliedId} cannot be an implied roles.");
        }

        if (prior.IsGlobal && !implied.IsGlobal)
        {
            throw new ForbiddenException("Global role cannot imply a domain-specific role");
        }

        if (await db.ImpliedRoles.FindAsync([priorId, impliedId], cancellationToken) is null)
        {
            db.ImpliedRoles.Add(new ImpliedRole { PriorRoleId = priorId, ImpliedRoleId = impliedId });
            await db.SaveChangesAsync(cancellationToken);
        }

        return (prior, implied);
    }

    public async Task<(Role Prior, Role Implied)> GetImpliedAsync(string priorId, string impliedId, CancellationToken cancellationToken)
    {
        var prior = await GetAsync(priorId, cancellationToken);
        var implied = await GetAsync(impliedId, cancellationToken);
        _ = await db.ImpliedRoles.AsNoTracking().FirstOrDefaultAsync(i => i.PriorRoleId == priorId && i.ImpliedRoleId == impliedId, cancellationToken)
            ?? throw new NotFoundException($"{priorId} does not imply {impliedId}.");
        return (prior, implied);
    }

    public async Task DeleteImpliedAsync(string priorId, string impliedId, CancellationToken cancellationToken)
    {
        await GetAsync(priorId, cancellationToken);
        await GetAsync(impliedId, cancellationToken);
        var rule = await db.ImpliedRoles.FirstOrDefaultAsync(i => i.PriorRoleId == priorId && i.ImpliedRoleId == impliedId, cancellationToken)
            ?? throw new NotFoundException($"{priorId} does not imply {impliedId}.");
        db.ImpliedRoles.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(Role Prior, List<Role> Implied)> ListImpliedAsync(string priorId, CancellationToken cancellationToken)
    {
        var prior = await GetAsync(priorId, cancellationToken);
        var implied = await db.ImpliedRoles.AsNoTracking()
            .Where(i => i.PriorRoleId == priorId)
            .Join(db.Roles.AsNoTracking(), i => i.ImpliedRoleId, r => r.Id, (i, r) => r)
            .OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);
        return (prior, implied);
    }

    /// <summary>Every inference rule, grouped by prior role.</summary>
    public async Task<List<(Role Prior, List<Role> Implied)>> ListInferencesAsync(CancellationToken cancellationToken)
    {
        var rules = await db.ImpliedRoles.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. rules
            .Where(r => roles.ContainsKey(r.PriorRoleId) && roles.ContainsKey(r.ImpliedRoleId))
            .GroupBy(r => r.PriorRoleId)
            .Select(g => (roles[g.Key], g.Select(r => roles[r.ImpliedRoleId]).ToList()))];
    }

    private async Task EnsureUniqueAsync(string name, string domainId, string? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Roles.AnyAsync(r => r.Name == name && r.DomainId == domainId && r.Id != exceptId, cancellationToken))
        {
            var details = domainId == Role.GlobalDomainId
                ? $"Duplicate entry found with name {name}"
                : $"Duplicate entry found with name {name} at domain ID {domainId}";
            throw new ConflictException($"Conflict occurred attempting to store role - {details}.");
        }
    }

    private static Optional<JsonObject> Options(JsonObject body) =>
        body["options"] is JsonObject options ? (JsonObject)options.DeepClone() : Optional<JsonObject>.Unset;
}
