using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>Password and account rules, from the <c>[security_compliance]</c> section (keystone.conf's names and defaults; all off by default).</summary>
public sealed class SecurityComplianceOptions
{
    public const string SectionName = "security_compliance";

    [ConfigurationKeyName("disable_user_account_days_inactive")]
    [Description("The maximum number of days a user can go without authenticating before being considered inactive and disabled. Disabled when unset.")]
    public int? DisableUserAccountDaysInactive { get; set; }

    [ConfigurationKeyName("lockout_failure_attempts")]
    [Description("The maximum number of failed authentications before the account is locked for lockout_duration seconds. Disabled when unset.")]
    public int? LockoutFailureAttempts { get; set; }

    [ConfigurationKeyName("lockout_duration")]
    [Description("The number of seconds an account stays locked after lockout_failure_attempts failed authentications.")]
    public int? LockoutDuration { get; set; } = 1800;

    [ConfigurationKeyName("password_expires_days")]
    [Description("The number of days a new password is valid before it must be changed. Disabled when unset.")]
    public int? PasswordExpiresDays { get; set; }

    [ConfigurationKeyName("unique_last_password_count")]
    [Description("The number of passwords, including the new one, that must be unique. 0 disables the password history.")]
    public int UniqueLastPasswordCount { get; set; }

    [ConfigurationKeyName("minimum_password_age")]
    [Description("The number of days a password must be used before the user can change it. 0 allows immediate changes.")]
    public int MinimumPasswordAge { get; set; }

    [ConfigurationKeyName("password_regex")]
    [Description("The regular expression new passwords must match. By default any password matches.")]
    public string? PasswordRegex { get; set; }

    [ConfigurationKeyName("password_regex_description")]
    [Description("The password_regex described for humans; returned when a password does not match it.")]
    public string? PasswordRegexDescription { get; set; }

    [ConfigurationKeyName("change_password_upon_first_use")]
    [Description("Require users to change a password set by an administrator (at creation or reset) before using it.")]
    public bool ChangePasswordUponFirstUse { get; set; }
}
