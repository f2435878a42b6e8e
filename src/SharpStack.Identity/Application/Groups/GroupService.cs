using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Users;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Groups;

/// <summary>Groups and their members as keystone/identity/core.py manages them.</summary>
internal sealed class GroupService(IdentityDbContext db, IdentityPolicyEnforcer policy, ITokenRevoker revoker)
{
    public async Task<IReadOnlyList<Group>> ListAsync(AuthContext auth, string? domainId, string? name, CancellationToken cancellationToken)
    {
        var target = auth.DomainId is null ? [] : PolicyTargets.Of("group", ("domain_id", auth.DomainId));
        policy.Enforce(auth, "identity:list_groups", target);
        var query = db.Groups.AsNoTracking();
        if (auth.DomainId is not null)
        {
            query = query.Where(g => g.DomainId == auth.DomainId);
        }

        if (domainId is not null)
        {
            query = query.Where(g => g.DomainId == domainId);
        }

        if (name is not null)
        {
            query = query.Where(g => g.Name == name);
        }

        return await query.OrderBy(g => g.Name).ToListAsync(cancellationToken);
    }

    public async Task<Group> GetAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        policy.Enforce(auth, "identity:get_group", Target(group, id));
        return group ?? throw ResourceErrors.NotFound("group", id);
    }

    public async Task<Group> CreateAsync(AuthContext auth, GroupInput input, CancellationToken cancellationToken)
    {
        var domainId = input.DomainId.Value ?? auth.DomainId ?? IdentityDomain.DefaultId;
        policy.Enforce(auth, "identity:create_group", PolicyTargets.Of("group", ("name", input.Name.Value), ("domain_id", domainId)));
        if (!await db.Domains.AnyAsync(d => d.Id == domainId, cancellationToken))
        {
            throw ResourceErrors.NotFound("domain", domainId);
        }

        var group = new Group
        {
            Id = KeystoneIds.New(),
            DomainId = domainId,
            Name = input.Name.Value,
            Description = input.Description.Or(null),
            Extra = input.Extra,
        };
        await AssertNameFreeAsync(group, cancellationToken);
        db.Groups.Add(group);
        await db.SaveOrConflictAsync(() => ResourceErrors.DuplicateName("group", group.Name, group.DomainId), cancellationToken);
        return group;
    }

    public async Task<Group> UpdateAsync(AuthContext auth, string id, GroupInput input, CancellationToken cancellationToken)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        policy.Enforce(auth, "identity:update_group", Target(group, id));
        if (group is null)
        {
            throw ResourceErrors.NotFound("group", id);
        }

        if (input.DomainId.IsSet && input.DomainId.Value != group.DomainId)
        {
            throw new BadRequestException("Cannot change Domain ID");
        }

        if (input.Name.IsSet && input.Name.Value != group.Name)
        {
            group.Name = input.Name.Value;
            await AssertNameFreeAsync(group, cancellationToken);
        }

        if (input.Description.IsSet)
        {
            group.Description = input.Description.Value;
        }

        group.Extra = ExtraAttributes.Merge(group.Extra, input.Extra);
        await db.SaveOrConflictAsync(() => ResourceErrors.DuplicateName("group", group.Name, group.DomainId), cancellationToken);
        return group;
    }

    public async Task DeleteAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        policy.Enforce(auth, "identity:delete_group", Target(group, id));
        if (group is null)
        {
            throw ResourceErrors.NotFound("group", id);
        }

        var members = await db.UserGroupMemberships.Where(m => m.GroupId == id).Select(m => m.UserId).ToListAsync(cancellationToken);
        await db.InTransactionAsync(async () =>
        {
            await db.RoleAssignments.Where(a => a.ActorId == id).ExecuteDeleteAsync(cancellationToken);
            await db.UserGroupMemberships.Where(m => m.GroupId == id).ExecuteDeleteAsync(cancellationToken);
            db.Groups.Remove(group);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var userId in members)
            {
                await revoker.RevokeUserAsync(userId, cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task AddMemberAsync(AuthContext auth, string groupId, string userId, CancellationToken cancellationToken)
    {
        await LoadMembershipAsync(auth, "identity:add_user_to_group", groupId, userId, cancellationToken);
        if (!await db.UserGroupMemberships.AnyAsync(m => m.GroupId == groupId && m.UserId == userId, cancellationToken))
        {
            db.UserGroupMemberships.Add(new UserGroupMembership { GroupId = groupId, UserId = userId });
            await db.SaveOrConflictAsync(() => ResourceErrors.Conflict("group membership", $"Duplicate entry for user {userId} in group {groupId}"), cancellationToken);
        }
    }

    public async Task CheckMemberAsync(AuthContext auth, string groupId, string userId, CancellationToken cancellationToken)
    {
        await LoadMembershipAsync(auth, "identity:check_user_in_group", groupId, userId, cancellationToken);
        if (!await db.UserGroupMemberships.AnyAsync(m => m.GroupId == groupId && m.UserId == userId, cancellationToken))
        {
            throw NotMember(groupId, userId);
        }
    }

    public async Task RemoveMemberAsync(AuthContext auth, string groupId, string userId, CancellationToken cancellationToken)
    {
        await LoadMembershipAsync(auth, "identity:remove_user_from_group", groupId, userId, cancellationToken);
        await db.InTransactionAsync(async () =>
        {
            if (await db.UserGroupMemberships.Where(m => m.GroupId == groupId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                throw NotMember(groupId, userId);
            }

            await revoker.RevokeUserAsync(userId, cancellationToken);
        }, cancellationToken);
    }

    public static Dictionary<string, object?> Target(Group? group, string id) => group is null
        ? PolicyTargets.Of("group", ("id", id))
        : PolicyTargets.Of("group", ("id", group.Id), ("domain_id", group.DomainId), ("name", group.Name));

    private async Task LoadMembershipAsync(AuthContext auth, string action, string groupId, string userId, CancellationToken cancellationToken)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        policy.Enforce(auth, action, PolicyTargets.Merge(Target(group, groupId), UserService.Target(user, userId)));
        if (group is null)
        {
            throw ResourceErrors.NotFound("group", groupId);
        }

        if (user is null)
        {
            throw ResourceErrors.NotFound("user", userId);
        }
    }

    private static NotFoundException NotMember(string groupId, string userId) =>
        new($"User '{userId}' not found in group '{groupId}'");

    private async Task AssertNameFreeAsync(Group group, CancellationToken cancellationToken)
    {
        if (await db.Groups.AnyAsync(g => g.DomainId == group.DomainId && g.Name == group.Name && g.Id != group.Id, cancellationToken))
        {
            throw ResourceErrors.DuplicateName("group", group.Name, group.DomainId);
        }
    }
}
