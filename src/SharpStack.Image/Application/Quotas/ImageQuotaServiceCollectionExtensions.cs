using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SharpStack.Image.Application.Quotas;

/// <summary>Registers the image quotas: <c>[DEFAULT] use_keystone_limits</c>, <c>[oslo_limit]</c>, the limits from Identity and the enforcer.</summary>
internal static class ImageQuotaServiceCollectionExtensions
{
    public static IServiceCollection AddImageQuotas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeystoneLimitsOptions>().Bind(configuration.GetSection(KeystoneLimitsOptions.SectionName));
        services.AddOptions<OsloLimitOptions>().Bind(configuration.GetSection(OsloLimitOptions.SectionName));
        services.TryAddSingleton<LimitEndpointResolver>();
        services.TryAddSingleton<IProjectLimitSource, KeystoneLimitSource>();
        services.TryAddScoped<ImageUsageCounter>();
        services.TryAddScoped<ImageQuotaEnforcer>();
        return services;
    }
}
