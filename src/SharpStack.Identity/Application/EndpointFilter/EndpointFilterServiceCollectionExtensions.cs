using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Identity.Application.DomainConfigs;
using SharpStack.Identity.Application.Ec2Credentials;
using SharpStack.Identity.Application.EndpointPolicy;
using SharpStack.Identity.Application.OAuth;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>Registers the services of Keystone's extensions: OS-EC2, OS-EP-FILTER, OS-ENDPOINT-POLICY, OS-OAUTH1 consumers and domain configuration.</summary>
internal static class EndpointFilterServiceCollectionExtensions
{
    /// <summary>Registers the application services behind the extension APIs.</summary>
    public static IServiceCollection AddIdentityExtensions(this IServiceCollection services)
    {
        services.TryAddScoped<Ec2CredentialService>();
        services.TryAddScoped<EndpointGroupService>();
        services.TryAddScoped<ProjectEndpointService>();
        services.TryAddScoped<EndpointPolicyService>();
        services.TryAddScoped<OAuthConsumerService>();
        services.TryAddScoped<DomainConfigService>();
        return services;
    }
}
