using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SharpStack.Identity.Application.Lists;

/// <summary>Registers <c>list_limit</c> of <c>[DEFAULT]</c> and of every section in <see cref="ListLimitSections"/>.</summary>
internal static class ListLimitServiceCollectionExtensions
{
    public static IServiceCollection AddListLimits(this IServiceCollection services)
    {
        foreach (var section in ListLimitSections.All)
        {
            services.AddOptions<ListLimitOptions>(section).BindConfiguration(section);
        }

        services.TryAddSingleton<ListLimits>();
        return services;
    }
}
