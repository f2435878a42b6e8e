using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpStack.Hosting.Auth;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Caching;
using SharpStack.Identity.Application.EndpointFilter;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Tokens.Fernet;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Registers Fernet tokens, authentication methods, revocation and Identity's local token validation.</summary>
internal static class TokenServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityTokens(this IServiceCollection services)
    {
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.SectionName)
            .Validate(options => options.Expiration > 0, "token.expiration must be a positive number of seconds.")
            .Validate(options => options.AllowExpiredWindow >= 0, "token.allow_expired_window must not be negative.");
        services.AddOptions<FernetTokensOptions>().BindConfiguration(FernetTokensOptions.SectionName)
            .Validate(options => options.MaxActiveKeys >= 1, "fernet_tokens.max_active_keys must be at least 1.");
        services.AddOptions<EndpointFilterOptions>().BindConfiguration(EndpointFilterOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FernetKeyRepository>();
        services.TryAddSingleton<TokenFormatter>();
        services.TryAddSingleton<IdentityDataGeneration>();
        services.TryAddSingleton<IdentityWriteInterceptor>();
        services.TryAddSingleton<TokenValidationCache>();
        services.TryAddSingleton<CatalogCache>();
        services.ConfigureDbContext<SqliteIdentityDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<IdentityWriteInterceptor>()));
        services.ConfigureDbContext<PostgresIdentityDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<IdentityWriteInterceptor>()));
        services.TryAddScoped<RoleResolver>();
        services.TryAddScoped<CatalogBuilder>();
        services.TryAddScoped<TokenService>();
        services.TryAddScoped<ITokenRevoker, TokenRevoker>();
        services.TryAddScoped<ITokenValidator, IdentityTokenValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthMethod, PasswordAuthMethod>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthMethod, TokenAuthMethod>());
        services.TryAddScoped<ScopeResolver>();
        services.TryAddScoped<AuthService>();
        services.TryAddScoped<AuthScopeTargets>();
        services.AddIdentityPolicies();
        return services;
    }
}
