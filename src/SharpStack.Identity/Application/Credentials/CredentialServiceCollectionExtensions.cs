using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SharpStack.Identity.Application.Credentials;

/// <summary>Registers credential storage.</summary>
internal static class CredentialServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CredentialService"/> and its key repository, bound from <c>[credential]</c>.</summary>
    public static IServiceCollection AddCredentialStore(this IServiceCollection services)
    {
        services.AddOptions<CredentialOptions>().BindConfiguration(CredentialOptions.SectionName);
        services.TryAddSingleton<CredentialKeyRepository>();
        services.TryAddSingleton<CredentialCipher>();
        services.TryAddScoped<CredentialService>();
        return services;
    }
}
