using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Cascades;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Domains;

/// <summary>Domains as keystone/resource/core.py manages them: unique names, delete only once disabled, contents deleted with them.</summary>
internal sealed class DomainService(IdentityDbContext db, IdentityPolicyEnforcer policy, ITokenRevoker revoker, DependantCleanup dependants)
{
    public async Task<IReadOnlyList<IdentityDomain>> ListAsync(AuthContext auth, string? name, bool? enabled, CancellationToken cancellationToken)
    {
        var target = auth.DomainId is null ? [] : PolicyTargets.Of("domain", ("id", auth.DomainId));
        policy.Enforce(auth, "identity:list_domains", target);
        var query = db.Domains.AsNoTracking();
        if (auth.DomainId is not null)
        {
            query = query.Where(d => d.Id == auth.DomainId);
        }

        if (name is not null)
        {
            query = query.Where(d => d.Name == name);
        }

        if (enabled is not null)
        {
            query = query.Where(d => d.Enabled == enabled);
        }

        return await query.OrderBy(d => d.Name).ToListAsync(cancellationToken);
    }

    public async Task<IdentityDomain> GetAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        policy.Enforce(auth, "identity:get_domain", PolicyTargets.Of("domain", ("id", id)));
        return await db.Domains.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw ResourceErrors.NotFound("domain", id);
    }

    public async Task<IdentityDomain> CreateAsync(AuthContext auth, DomainInput input, CancellationToken cancellationToken)
    {
        policy.Enforce(auth, "identity:create_domain", PolicyTargets.Of("domain", ("name", input.Name.Value)));
        var domain = new IdentityDomain
        {
            Id = input.Id.Or(KeystoneIds.New()),
            Name = input.Name.Value.Trim(),
            Description = input.Description.Or(string.Empty),
            Enabled = input.Enabled.Or(true),
            Options = ImmutableOption.Merge([], input.Options),
            Extra = input.Extra,
        };
        if (await db.Domains.AnyAsync(d => d.Name == domain.Name, cancellationToken))
        {
            throw DuplicateName(domain.Name);
        }

        if (await db.Domains.AnyAsync(d => d.Id == domain.Id, cancellationToken) || await db.Projects.AnyAsync(p => p.Id == domain.Id, cancellationToken))
        {
            throw ResourceErrors.Conflict("domain", $"Duplicate ID, {domain.Id}");
        }

        db.Domains.Add(domain);
        await db.SaveOrConflictAsync(() => DuplicateName(domain.Name), cancellationToken);
        return domain;
    }

    public async Task<IdentityDomain> UpdateAsync(AuthContext auth, string id, DomainInput input, CancellationToken cancellationToken)
    {
        policy.Enforce(auth, "identity:update_domain", PolicyTargets.Of("domain", ("id", id)));
        var domain = await db.Domains.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw ResourceErrors.NotFound("domain", id);
        if (input.Id.IsSet && input.Id.Value != id)
        {
            throw new BadRequestException("Cannot change Domain ID");
        }

        ImmutableOption.AssertUpdatable(domain.Options, input.Members, input.Options, "domain", id);

        var disabling = domain.Enabled && input.Enabled is { IsSet: true, Value: false };
        if (disabling && id == IdentityDomain.DefaultId)
        {
            throw new ForbiddenException("Cannot disable the default domain.");
        }

        if (input.Name.IsSet && input.Name.Value.Trim() != domain.Name)
        {
            var name = input.Name.Value.Trim();
            if (await db.Domains.AnyAsync(d => d.Name == name && d.Id != id, cancellationToken))
            {
                throw DuplicateName(name);
            }

            domain.Name = name;
        }

        if (input.Description.IsSet)
        {
            domain.Description = input.Description.Value;
        }

        domain.Enabled = input.Enabled.Or(domain.Enabled);
        domain.Options = ImmutableOption.Merge(domain.Options, input.Options);
        domain.Extra = ExtraAttributes.Merge(domain.Extra, input.Extra);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveOrConflictAsync(() => DuplicateName(domain.Name), cancellationToken);
            if (disabling)
            {
                await revoker.RevokeDomainAsync(id, cancellationToken);
            }
        }, cancellationToken);
        return domain;
    }

    public async Task DeleteAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        policy.Enforce(auth, "identity:delete_domain", PolicyTargets.Of("domain", ("id", id)));
        var domain = await db.Domains.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw ResourceErrors.NotFound("domain", id);
        ImmutableOption.AssertDeletable(domain.Options, "domain", id);
        if (domain.Enabled)
        {
            throw new ForbiddenException("Cannot delete a domain that is enabled, please disable it first.");
        }

        if (id == IdentityDomain.DefaultId)
        {
            throw new ForbiddenException("Cannot delete the default domain.");
        }

        await db.InTransactionAsync(async () =>
        {
            var projectIds = await db.Projects.Where(p => p.DomainId == id).Select(p => p.Id).ToListAsync(cancellationToken);
            var userIds = await db.Users.Where(u => u.DomainId == id).Select(u => u.Id).ToListAsync(cancellationToken);
            var groupIds = await db.Groups.Where(g => g.DomainId == id).Select(g => g.Id).ToListAsync(cancellationToken);
            var actors = userIds.Concat(groupIds).ToList();
            var targets = projectIds.Append(id).ToList();
            await db.RoleAssignments.Where(a => targets.Contains(a.TargetId) || actors.Contains(a.ActorId)).ExecuteDeleteAsync(cancellationToken);
            await db.Roles.Where(r => r.DomainId == id).ExecuteDeleteAsync(cancellationToken);
            await db.UserGroupMemberships.Where(m => userIds.Contains(m.UserId) || groupIds.Contains(m.GroupId)).ExecuteDeleteAsync(cancellationToken);
            await dependants.ForUsersAsync(userIds, cancellationToken);
            await dependants.ForProjectsAsync(targets, cancellationToken);
            await dependants.ForDomainAsync(id, cancellationToken);
            await db.Users.Where(u => u.DomainId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Groups.Where(g => g.DomainId == id).ExecuteDeleteAsync(cancellationToken);
            await db.ProjectTags.Where(t => projectIds.Contains(t.ProjectId)).ExecuteDeleteAsync(cancellationToken);
            await db.Projects.Where(p => p.DomainId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, (string?)null), cancellationToken);
            await db.Projects.Where(p => p.DomainId == id).ExecuteDeleteAsync(cancellationToken);
            db.Domains.Remove(domain);
            await db.SaveChangesAsync(cancellationToken);
            await revoker.RevokeDomainAsync(id, cancellationToken);
            foreach (var userId in userIds)
            {
                await revoker.RevokeUserAsync(userId, cancellationToken);
            }
        }, cancellationToken);
    }

    private static ConflictException DuplicateName(string name) =>
        ResourceErrors.Conflict("project", $"it is not permitted to have two projects acting as domains with the same name: {name}");
}
