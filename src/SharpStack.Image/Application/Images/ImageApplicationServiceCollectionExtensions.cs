using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Image.Application.Members;
using SharpStack.Image.Application.Policies;

namespace SharpStack.Image.Application.Images;

/// <summary>Registers the Image service's application layer: policy, image lookup and the metadata services.</summary>
internal static class ImageApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddImageApplication(this IServiceCollection services)
    {
        services.AddImagePolicies();
        services.TryAddSingleton<IImageBackendInfo, DefaultImageBackendInfo>();
        services.TryAddScoped<ImageLookup>();
        services.TryAddScoped<ImageService>();
        services.TryAddScoped<ImageUpdater>();
        services.TryAddScoped<ImageTagService>();
        services.TryAddScoped<ImageListService>();
        services.TryAddScoped<ImageMemberService>();
        return services;
    }
}
