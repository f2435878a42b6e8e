using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Hosting.Policy;

namespace SharpStack.Image.Application.Policies;

/// <summary>Registers the Image policy: Glance's defaults, overridden by <c>[oslo_policy] policy_file</c>.</summary>
internal static class ImagePolicyRegistration
{
    public static IServiceCollection AddImagePolicies(this IServiceCollection services)
    {
        services.AddPolicyFileOptions();

        // One process shares [oslo_policy] between services, so other services' rules in the file are expected.
        services.TryAddSingleton(provider => new ImagePolicyEnforcer(
            PolicyFileLoader.Load(provider, ImagePolicies.All, "Image", reportUnknownRules: false)));
        services.TryAddScoped<ImagePolicy>();
        return services;
    }
}
