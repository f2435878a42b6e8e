using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Registers OS-TRUST: trusts and trust-scoped tokens.</summary>
internal static class TrustServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityTrusts(this IServiceCollection services)
    {
        services.AddOptions<TrustOptions>().BindConfiguration(TrustOptions.SectionName)
            .Validate(options => options.MaxRedelegationCount >= 0, "trust.max_redelegation_count must not be negative.");
        services.TryAddScoped<TrustStore>();
        services.TryAddScoped<TrustService>();
        services.TryAddScoped<TrustTokenScope>();
        return services;
    }
}
