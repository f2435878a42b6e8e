using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Identity.Application.Auth;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>Registers application credentials, access rules and the application_credential auth method.</summary>
internal static class ApplicationCredentialServiceCollectionExtensions
{
    public static IServiceCollection AddApplicationCredentials(this IServiceCollection services)
    {
        services.TryAddScoped<ApplicationCredentialLookup>();
        services.TryAddScoped<ApplicationCredentialService>();
        services.TryAddScoped<AccessRuleService>();
        services.TryAddScoped<CallerToken>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthMethod, ApplicationCredentialAuthMethod>());
        return services;
    }
}
