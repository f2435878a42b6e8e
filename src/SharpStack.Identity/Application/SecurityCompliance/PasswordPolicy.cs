using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>
/// Setting passwords as Keystone does (keystone/identity/backends/sql.py and sql_model.py): strength by
/// <c>password_regex</c>, the history of the last <c>unique_last_password_count</c> passwords, the minimum age of a
/// self-service password, expiry after <c>password_expires_days</c>, and change upon first use of an admin-set password.
/// </summary>
internal sealed class PasswordPolicy(
    IdentityDbContext db, IOptions<SecurityComplianceOptions> options, PasswordHasher hasher, TimeProvider time)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private SecurityComplianceOptions Options => options.Value;

    /// <summary>400 when <c>password_regex</c> is set and the password does not match it (Python's <c>re.match</c>: anchored at the start).</summary>
    public void ValidateStrength(string? password)
    {
        if (password is null || string.IsNullOrEmpty(Options.PasswordRegex))
        {
            return;
        }

        Match match;
        try
        {
            match = new Regex(@"\G(?:" + Options.PasswordRegex + ")", RegexOptions.None, RegexTimeout).Match(password);
        }
        catch (ArgumentException)
        {
            throw PasswordErrors.InvalidConfiguration();
        }

        if (!match.Success)
        {
            throw PasswordErrors.Requirements(Options.PasswordRegexDescription);
        }
    }

    /// <summary>The checks of a self-service change: <c>lock_password</c>, the minimum age, the history.</summary>
    public async Task ValidateSelfServiceChangeAsync(User user, string password, CancellationToken cancellationToken)
    {
        if (UserOptionValues.IsTrue(user, UserOptionValues.LockPassword))
        {
            throw PasswordErrors.SelfServiceDisabled();
        }

        var history = await HistoryAsync(user.Id, cancellationToken);
        var current = history.Count > 0 ? history[^1] : null;
        if (current is { SelfService: true } && Options.MinimumPasswordAge > 0)
        {
            var minimumAge = current.CreatedAt.AddDays(Options.MinimumPasswordAge);
            var now = time.GetUtcNow().UtcDateTime;
            if (now < minimumAge)
            {
                throw PasswordErrors.MinimumAge(Options.MinimumPasswordAge, (minimumAge - now).Days);
            }
        }

        var unique = Options.UniqueLastPasswordCount;
        if (unique <= 0)
        {
            return;
        }

        // Users whose password predates the history (bootstrap) have only the current hash.
        var hashes = history.Count > 0 ? history.Select(p => p.PasswordHash) : [user.PasswordHash];
        if (hashes.TakeLast(unique).Any(hash => hasher.Verify(password, hash)))
        {
            throw PasswordErrors.History(unique);
        }
    }

    /// <summary>Makes <paramref name="password"/> the user's current password, recording it in the history; the caller saves.</summary>
    public async Task SetAsync(User user, string? password, bool selfService, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var history = await HistoryAsync(user.Id, cancellationToken);
        var keep = Math.Max(Options.UniqueLastPasswordCount, 1);
        db.UserPasswords.RemoveRange(history.Take(Math.Max(history.Count - keep, 0)));
        foreach (var previous in history.Where(p => p.ExpiresAt is null || p.ExpiresAt > now))
        {
            previous.ExpiresAt = now;
        }

        user.PasswordHash = password is null ? null : hasher.Hash(password);
        user.PasswordCreatedAt = password is null ? null : now;
        user.PasswordExpiresAt = password is null ? null : ExpiresAt(user, now, selfService);
        db.UserPasswords.Add(new UserPassword
        {
            UserId = user.Id,
            PasswordHash = user.PasswordHash,
            CreatedAt = now,
            ExpiresAt = user.PasswordExpiresAt,
            SelfService = selfService,
        });
    }

    private DateTime? ExpiresAt(User user, DateTime now, bool selfService)
    {
        if (!selfService && Options.ChangePasswordUponFirstUse
            && !UserOptionValues.IsTrue(user, UserOptionValues.IgnoreChangePasswordUponFirstUse))
        {
            return now;
        }

        return Options.PasswordExpiresDays is { } days && !UserOptionValues.IsTrue(user, UserOptionValues.IgnorePasswordExpiry)
            ? now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddDays(days)
            : null;
    }

    private async Task<List<UserPassword>> HistoryAsync(string userId, CancellationToken cancellationToken) =>
        await db.UserPasswords.Where(p => p.UserId == userId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
}
