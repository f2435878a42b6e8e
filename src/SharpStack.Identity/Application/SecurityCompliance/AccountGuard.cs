using Microsoft.Extensions.Options;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>
/// The account checks of keystone/identity/backends/sql.py <c>authenticate</c>, in its order: lockout after
/// repeated failures, the password itself (a failure is counted), inactivity, then password expiry. The caller saves the user.
/// </summary>
internal sealed class AccountGuard(IdentityDbContext db, IOptions<SecurityComplianceOptions> options, PasswordHasher hasher, TimeProvider time)
{
    private SecurityComplianceOptions Options => options.Value;

    /// <summary>401 when the account is locked; false (the failure counted, not saved) when the password is wrong.</summary>
    public bool CheckPassword(User user, string password)
    {
        if (IsLocked(user))
        {
            throw PasswordErrors.Locked(user.Id);
        }

        if (hasher.Verify(password, user.PasswordHash))
        {
            return true;
        }

        user.FailedAuthCount = (user.FailedAuthCount ?? 0) + 1;
        user.FailedAuthAt = time.GetUtcNow().UtcDateTime;
        return false;
    }

    /// <summary>Keystone's computed <c>enabled</c>: a user unseen for <c>disable_user_account_days_inactive</c> days is disabled.</summary>
    public bool IsInactive(User user)
    {
        if (Options.DisableUserAccountDaysInactive is not { } maxDays || UserOptionValues.IsTrue(user, UserOptionValues.IgnoreUserInactivity))
        {
            return false;
        }

        var lastActive = (user.LastActiveAt ?? user.CreatedAt).Date;
        return (time.GetUtcNow().UtcDateTime.Date - lastActive).Days >= maxDays;
    }

    public bool IsPasswordExpired(User user) =>
        user.PasswordExpiresAt is { } expiresAt
        && !UserOptionValues.IsTrue(user, UserOptionValues.IgnorePasswordExpiry)
        && time.GetUtcNow().UtcDateTime >= expiresAt;

    /// <summary>
    /// The whole sequence for the password method on a tracked user: locked, password, disabled, expired. A failure is
    /// saved at once; a success is only recorded, for the token issue to save with the rest of its unit of work.
    /// </summary>
    public async Task AuthenticateAsync(User user, string password, bool domainEnabled, CancellationToken cancellationToken)
    {
        if (!CheckPassword(user, password))
        {
            await db.SaveChangesAsync(cancellationToken);
            throw AuthErrors.Unauthorized();
        }

        if (!user.Enabled || !domainEnabled || IsInactive(user))
        {
            throw AuthErrors.Unauthorized();
        }

        if (IsPasswordExpired(user))
        {
            throw PasswordErrors.Expired(user.Id);
        }

        RecordSuccess(user);
    }

    /// <summary>A successful authentication resets the failure count and, when inactivity is tracked, marks the user active.</summary>
    public void RecordSuccess(User user)
    {
        user.FailedAuthCount = user.FailedAuthCount is null ? null : 0;
        user.FailedAuthAt = null;
        // Keystone keeps the day only: one write a day per user, not one per authentication.
        var today = time.GetUtcNow().UtcDateTime.Date;
        if (Options.DisableUserAccountDaysInactive is not null && user.LastActiveAt?.Date != today)
        {
            user.LastActiveAt = today;
        }
    }

    private bool IsLocked(User user)
    {
        if (UserOptionValues.IsTrue(user, UserOptionValues.IgnoreLockoutFailureAttempts)
            || Options.LockoutFailureAttempts is not { } maxAttempts || (user.FailedAuthCount ?? 0) < maxAttempts)
        {
            return false;
        }

        if (Options.LockoutDuration is not { } duration)
        {
            return true;
        }

        if (user.FailedAuthAt is { } lastFailure && lastFailure.AddSeconds(duration) > time.GetUtcNow().UtcDateTime)
        {
            return true;
        }

        user.FailedAuthCount = 0;
        user.FailedAuthAt = null;
        return false;
    }
}
