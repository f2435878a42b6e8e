using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Registers the metadata definition services (Glance's /v2/metadefs API).</summary>
internal static class MetadefServiceCollectionExtensions
{
    public static IServiceCollection AddImageMetadefs(this IServiceCollection services)
    {
        services.TryAddScoped<MetadefAccess>();
        services.TryAddScoped<MetadefNamespaceService>();
        services.TryAddScoped<MetadefNamespaceCreator>();
        services.TryAddScoped<MetadefObjectService>();
        services.TryAddScoped<MetadefPropertyService>();
        services.TryAddScoped<MetadefTagService>();
        services.TryAddScoped<MetadefResourceTypeService>();
        return services;
    }
}
