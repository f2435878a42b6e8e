using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Hosting.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Registers Identity's policy enforcer: Keystone's defaults, overridden by <c>[oslo_policy] policy_file</c>.</summary>
internal static class IdentityPolicyRegistration
{
    public static IServiceCollection AddIdentityPolicies(this IServiceCollection services)
    {
        services.AddPolicyFileOptions();
        services.TryAddSingleton(provider => PolicyFileLoader.Load(provider, IdentityPolicies.All, "Identity", reportUnknownRules: true));
        services.TryAddSingleton<IdentityPolicyEnforcer>();
        return services;
    }
}
