using System.Text.Json;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>Reads a user's boolean options as Keystone does: only an explicit <c>true</c> counts.</summary>
internal static class UserOptionValues
{
    public const string IgnoreChangePasswordUponFirstUse = "ignore_change_password_upon_first_use";
    public const string IgnorePasswordExpiry = "ignore_password_expiry";
    public const string IgnoreLockoutFailureAttempts = "ignore_lockout_failure_attempts";
    public const string LockPassword = "lock_password";
    public const string IgnoreUserInactivity = "ignore_user_inactivity";

    public static bool IsTrue(User user, string option) =>
        user.Options[option] is { } value && value.GetValueKind() == JsonValueKind.True;
}
