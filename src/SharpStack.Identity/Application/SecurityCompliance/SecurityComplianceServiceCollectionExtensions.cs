using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Receipts;

namespace SharpStack.Identity.Application.SecurityCompliance;

/// <summary>Registers the <c>[security_compliance]</c> rules: lockout, password policy, multi-factor rules, and the <c>[totp]</c> method.</summary>
internal static class SecurityComplianceServiceCollectionExtensions
{
    public static IServiceCollection AddSecurityCompliance(this IServiceCollection services)
    {
        services.AddOptions<SecurityComplianceOptions>().BindConfiguration(SecurityComplianceOptions.SectionName)
            .Validate(o => o.LockoutFailureAttempts is null or >= 1, "security_compliance.lockout_failure_attempts must be at least 1.")
            .Validate(o => o.LockoutDuration is null or >= 1, "security_compliance.lockout_duration must be at least 1.")
            .Validate(o => o.PasswordExpiresDays is null or >= 1, "security_compliance.password_expires_days must be at least 1.")
            .Validate(o => o.DisableUserAccountDaysInactive is null or >= 1, "security_compliance.disable_user_account_days_inactive must be at least 1.")
            .Validate(o => o.UniqueLastPasswordCount >= 0 && o.MinimumPasswordAge >= 0, "security_compliance counts must not be negative.");
        services.AddOptions<TotpOptions>().BindConfiguration(TotpOptions.SectionName)
            .Validate(o => o.IncludedPreviousWindows is >= 0 and <= 10, "totp.included_previous_windows must be between 0 and 10.")
            .ValidateOnStart();
        services.TryAddSingleton<TotpVerifier>();
        services.TryAddScoped<AccountGuard>();
        services.TryAddScoped<PasswordPolicy>();
        services.TryAddScoped<MultiFactorRules>();
        services.TryAddScoped<ReceiptProvider>();
        services.TryAddScoped<ReceiptsCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthMethod, TotpAuthMethod>());
        return services;
    }
}
