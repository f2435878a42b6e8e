using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Cascades;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Users;

/// <summary>Local users as keystone/identity/core.py manages them: unique names per domain, hashed passwords, options.</summary>
internal sealed class UserService(
    IdentityDbContext db,
    IdentityPolicyEnforcer policy,
    ITokenRevoker revoker,
    PasswordPolicy passwords,
    AccountGuard guard,
    DependantCleanup dependants,
    TimeProvider time)
{
    public async Task<IReadOnlyList<User>> ListAsync(AuthContext auth, UserFilter filter, CancellationToken cancellationToken)
    {
        policy.Enforce(auth, "identity:list_users", PolicyTargets.DomainFilter(auth.DomainId));
        var users = await Filter(db.Users.AsNoTracking(), auth, filter).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        return filter.PasswordExpiresAt is { } expiry ? [.. users.Where(u => expiry.Matches(u.PasswordExpiresAt))] : users;
    }

    public async Task<User> GetAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        policy.Enforce(auth, "identity:get_user", Target(user, id));
        return user ?? throw ResourceErrors.NotFound("user", id);
    }

    public async Task<User> CreateAsync(AuthContext auth, UserInput input, CancellationToken cancellationToken)
    {
        var domainId = input.DomainId.Value ?? auth.DomainId ?? IdentityDomain.DefaultId;
        policy.Enforce(auth, "identity:create_user", PolicyTargets.Of("user", ("name", input.Name.Value), ("domain_id", domainId)));
        if (!await db.Domains.AnyAsync(d => d.Id == domainId, cancellationToken))
        {
            throw ResourceErrors.NotFound("domain", domainId);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Id = KeystoneIds.New(),
            DomainId = domainId,
            Name = input.Name.Value,
            Enabled = input.Enabled.Or(true),
            DefaultProjectId = input.DefaultProjectId.Value,
            Options = UserOptions.Merge([], input.Options.Or([])),
            Extra = input.Extra,
            CreatedAt = now,
        };
        await AssertDefaultProjectAsync(user.DefaultProjectId, cancellationToken);
        await AssertNameFreeAsync(user, cancellationToken);
        passwords.ValidateStrength(input.Password.Value);
        db.Users.Add(user);
        if (input.Password.Value is { } password)
        {
            await passwords.SetAsync(user, password, selfService: false, cancellationToken);
        }

        await db.SaveOrConflictAsync(() => ResourceErrors.DuplicateName("user", user.Name, user.DomainId), cancellationToken);
        return user;
    }

    public async Task<User> UpdateAsync(AuthContext auth, string id, UserInput input, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        policy.Enforce(auth, "identity:update_user", Target(user, id));
        if (user is null)
        {
            throw ResourceErrors.NotFound("user", id);
        }

        if (input.DomainId.IsSet && input.DomainId.Value != user.DomainId)
        {
            throw new BadRequestException("Cannot change Domain ID");
        }

        if (input.Name.IsSet && input.Name.Value != user.Name)
        {
            user.Name = input.Name.Value;
            await AssertNameFreeAsync(user, cancellationToken);
        }

        if (input.DefaultProjectId.IsSet)
        {
            await AssertDefaultProjectAsync(input.DefaultProjectId.Value, cancellationToken);
            user.DefaultProjectId = input.DefaultProjectId.Value;
        }

        var disabling = user.Enabled && input.Enabled is { IsSet: true, Value: false };
        user.Enabled = input.Enabled.Or(user.Enabled);
        if (input.Options.IsSet)
        {
            user.Options = UserOptions.Merge(user.Options, input.Options.Value);
        }

        var passwordChanged = input.Password.IsSet;
        if (passwordChanged)
        {
            passwords.ValidateStrength(input.Password.Value);
            await passwords.SetAsync(user, input.Password.Value, selfService: false, cancellationToken);
        }

        user.Extra = ExtraAttributes.Merge(user.Extra, input.Extra);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveOrConflictAsync(() => ResourceErrors.DuplicateName("user", user.Name, user.DomainId), cancellationToken);
            if (disabling)
            {
                await dependants.ApplicationCredentialsOfAsync([id], cancellationToken);
            }

            if (disabling || passwordChanged)
            {
                await revoker.RevokeUserAsync(id, cancellationToken);
            }
        }, cancellationToken);
        return user;
    }

    public async Task DeleteAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        policy.Enforce(auth, "identity:delete_user", Target(user, id));
        if (user is null)
        {
            throw ResourceErrors.NotFound("user", id);
        }

        await db.InTransactionAsync(async () =>
        {
            await db.RoleAssignments.Where(a => a.ActorId == id).ExecuteDeleteAsync(cancellationToken);
            await db.UserGroupMemberships.Where(m => m.UserId == id).ExecuteDeleteAsync(cancellationToken);
            await dependants.ForUsersAsync([id], cancellationToken);
            db.Users.Remove(user);
            await db.SaveChangesAsync(cancellationToken);
            await revoker.RevokeUserAsync(id, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The self-service password change: no token needed, the original password is the proof (an expired one too); the
    /// lockout counts failures, and the new password passes the regex, the minimum age and the history.
    /// </summary>
    public async Task ChangePasswordAsync(string id, string originalPassword, string password, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw AuthErrors.Unauthorized();
        if (!guard.CheckPassword(user, originalPassword))
        {
            await db.SaveChangesAsync(cancellationToken);
            throw AuthErrors.Unauthorized();
        }

        if (!user.Enabled)
        {
            throw AuthErrors.Unauthorized();
        }

        guard.RecordSuccess(user);
        passwords.ValidateStrength(password);
        await passwords.ValidateSelfServiceChangeAsync(user, password, cancellationToken);
        await passwords.SetAsync(user, password, selfService: true, cancellationToken);

        // The new password and the revocation of the tokens issued under the old one are stored together or not at all.
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await revoker.RevokeUserAsync(id, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<User>> ListInGroupAsync(AuthContext auth, string groupId, UserFilter filter, CancellationToken cancellationToken)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        policy.Enforce(auth, "identity:list_users_in_group", group is null
            ? PolicyTargets.Of("group", ("id", groupId))
            : PolicyTargets.Of("group", ("id", groupId), ("domain_id", group.DomainId)));
        if (group is null)
        {
            throw ResourceErrors.NotFound("group", groupId);
        }

        var members = db.Users.AsNoTracking().Where(u => db.UserGroupMemberships.Any(m => m.GroupId == groupId && m.UserId == u.Id));
        var users = await Filter(members, auth: null, filter).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        return filter.PasswordExpiresAt is { } expiry ? [.. users.Where(u => expiry.Matches(u.PasswordExpiresAt))] : users;
    }

    public static Dictionary<string, object?> Target(User? user, string id) => user is null
        ? PolicyTargets.Of("user", ("id", id))
        : PolicyTargets.Of("user", ("id", user.Id), ("domain_id", user.DomainId), ("name", user.Name));

    private static IQueryable<User> Filter(IQueryable<User> query, AuthContext? auth, UserFilter filter)
    {
        if (filter.Federated)
        {
            return query.Where(u => false);
        }

        if (auth?.DomainId is { } scope)
        {
            query = query.Where(u => u.DomainId == scope);
        }

        if (filter.DomainId is not null)
        {
            query = query.Where(u => u.DomainId == filter.DomainId);
        }

        if (filter.Name is not null)
        {
            query = query.Where(u => u.Name == filter.Name);
        }

        return filter.Enabled is null ? query : query.Where(u => u.Enabled == filter.Enabled);
    }

    private async Task AssertNameFreeAsync(User user, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.DomainId == user.DomainId && u.Name == user.Name && u.Id != user.Id, cancellationToken))
        {
            throw ResourceErrors.DuplicateName("user", user.Name, user.DomainId);
        }
    }

    // Keystone: a user's default project must not be a domain.
    private async Task AssertDefaultProjectAsync(string? projectId, CancellationToken cancellationToken)
    {
        if (projectId is not null && await db.Domains.AnyAsync(d => d.Id == projectId, cancellationToken))
        {
            throw new BadRequestException($"Project {projectId} is a domain and cannot be a user's default project.");
        }
    }
}
