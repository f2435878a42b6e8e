using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Identity.Application.ApplicationCredentials;
using SharpStack.Identity.Application.Assignments;
using SharpStack.Identity.Application.Catalog;
using SharpStack.Identity.Application.Credentials;
using SharpStack.Identity.Application.Limits;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Passwords;
using SharpStack.Identity.Application.PolicyBlobs;
using SharpStack.Identity.Application.Roles;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Trusts;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application;

/// <summary>Registers the Identity application services.</summary>
public static class IdentityApplicationServiceCollectionExtensions
{
    /// <summary>Registers the Identity database and <see cref="IIdentityBootstrapper"/>.</summary>
    public static IServiceCollection AddIdentityApplication(this IServiceCollection services)
    {
        services.AddIdentityPersistence();
        services.AddOptions<PasswordHashOptions>().BindConfiguration(PasswordHashOptions.SectionName)
            .Validate(o => o.PasswordHashRounds is >= 4 and <= 31, "identity.password_hash_rounds must be between 4 and 31.")
            .ValidateOnStart();
        services.TryAddSingleton<ICryptLibrary, Libxcrypt>();
        services.TryAddSingleton<PasswordHasher>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<CatalogBootstrapper>();
        services.TryAddScoped<IIdentityBootstrapper, IdentityBootstrapper>();
        services.AddIdentityTokens();
        services.AddListLimits();
        services.TryAddScoped<EffectiveRoleResolver>();
        services.TryAddScoped<GrantService>();
        services.TryAddScoped<RoleAssignmentLister>();
        services.TryAddScoped<RoleService>();
        services.TryAddScoped<RegionService>();
        services.TryAddScoped<ServiceService>();
        services.TryAddScoped<EndpointService>();
        services.AddCredentialStore();
        services.TryAddScoped<PolicyBlobService>();
        services.TryAddScoped<RegisteredLimitService>();
        services.TryAddScoped<LimitService>();
        services.AddIdentityTrusts();
        services.AddApplicationCredentials();
        services.AddSecurityCompliance();
        return services;
    }
}
