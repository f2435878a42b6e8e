using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Hosting.Auth;

namespace SharpStack.Hosting.Clients;

/// <summary>Registers typed clients that call other services over their REST APIs.</summary>
public static class ServiceClientServiceCollectionExtensions
{
    private static readonly string[] KnownInterfaces = ["public", "internal", "admin"];

    /// <summary>
    /// Registers <typeparamref name="TClient"/> (transient) for the service of catalog type <paramref name="serviceType"/>, configured by
    /// the options section <paramref name="section"/> (e.g. <c>placement</c>, <c>neutron</c>), sending <paramref name="microversion"/> on every call.
    /// </summary>
    public static IServiceCollection AddServiceClient<TClient>(
        this IServiceCollection services, string section, string serviceType, string? microversion = null)
        where TClient : ServiceClient
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(section);
        ArgumentException.ThrowIfNullOrEmpty(serviceType);
        if (microversion is not null && !MicroversionHeaders.IsValid(microversion))
        {
            throw new ArgumentException($"'{microversion}' is not a microversion (X.Y or latest).", nameof(microversion));
        }

        services.AddOptions<ServiceClientOptions>(section)
            .BindConfiguration(section)
            .Validate(options => options.AuthType is null or "password" or "v3password", $"[{section}] auth_type supports only password.")
            .Validate(
                options => !options.HasCredentials || (options.AuthUrl is not null && options.Username is not null && options.Password is not null && options.ProjectName is not null),
                $"[{section}] needs auth_url, username, password and project_name together, or none of them to use [keystone_authtoken]'s.")
            .Validate(
                options => options.Interfaces.Count > 0 && options.Interfaces.All(KnownInterfaces.Contains),
                $"[{section}] valid_interfaces takes public, internal and admin.")
            .Validate(
                options => options.Timeout > 0 && options.ConnectRetries >= 0 && options.StatusCodeRetries >= 0,
                $"[{section}] timeout must be positive and the retry counts not negative.")
            .ValidateOnStart();
        return services.AddServiceClient<TClient>(new ServiceTarget(section, serviceType, microversion));
    }

    /// <summary>Registers <typeparamref name="TClient"/> as in the other overload, and as <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddServiceClient<TService, TClient>(
        this IServiceCollection services, string section, string serviceType, string? microversion = null)
        where TService : class
        where TClient : ServiceClient, TService
    {
        services.AddServiceClient<TClient>(section, serviceType, microversion);
        services.TryAddTransient<TService>(provider => provider.GetRequiredService<TClient>());
        return services;
    }

    /// <summary>Registers <typeparamref name="TClient"/> for a target whose named <see cref="ServiceClientOptions"/> its caller configures.</summary>
    internal static IServiceCollection AddServiceClient<TClient>(this IServiceCollection services, ServiceTarget target)
        where TClient : ServiceClient
    {
        services.AddServiceClientCore();
        services.AddHttpClient(target.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddKeyedSingleton(typeof(TClient), (provider, _) => new ServiceConnection(
            target,
            provider.GetRequiredService<IOptionsMonitor<ServiceClientOptions>>(),
            provider.GetRequiredService<IOptions<KeystoneAuthTokenOptions>>(),
            provider.GetRequiredService<ServiceTokenProviders>(),
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ServiceConnection>>()));
        services.TryAddTransient(provider =>
            ActivatorUtilities.CreateInstance<TClient>(provider, provider.GetRequiredKeyedService<ServiceConnection>(typeof(TClient))));
        return services;
    }

    /// <summary>What every client shares, registered once: <c>[keystone_authtoken]</c>, the Identity HTTP client, the token providers.</summary>
    internal static IServiceCollection AddServiceClientCore(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ServiceTokenProviders)))
        {
            return services;
        }

        services.AddOptions<KeystoneAuthTokenOptions>().BindConfiguration(KeystoneAuthTokenOptions.SectionName);
        services.AddHttpClient(IdentityEndpoints.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServiceTokenProviders>();
        return services;
    }
}
