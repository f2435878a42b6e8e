using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharpStack.Common;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Auth;

/// <summary>
/// Registers the clients that talk to Identity at <c>[keystone_authtoken] auth_url</c> as its service user: token validation
/// (<see cref="ITokenValidator"/>) and reads of Identity's API (<see cref="IIdentityServiceClient"/>), with keystonemiddleware's
/// <c>http_connect_timeout</c> and <c>http_request_max_retries</c>.
/// </summary>
internal static class IdentityClientServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityClients(this IServiceCollection services)
    {
        var target = new ServiceTarget(KeystoneAuthTokenOptions.SectionName, ServiceNames.Identity, Microversion: null);
        services.AddOptions<ServiceClientOptions>(target.Section).Configure<IOptions<KeystoneAuthTokenOptions>>((client, auth) =>
        {
            client.EndpointOverride = auth.Value.AuthUrl is { } url ? IdentityEndpoints.Root(url) : null;
            client.Timeout = auth.Value.HttpConnectTimeout;
            client.ConnectRetries = auth.Value.HttpRequestMaxRetries;
        });
        services.AddServiceClient<KeystoneTokenValidator>(target);
        services.AddServiceClient<IdentityServiceClient>(target);
        services.TryAddSingleton<ITokenValidator>(provider => provider.GetRequiredService<KeystoneTokenValidator>());
        services.TryAddTransient<IIdentityServiceClient>(provider => provider.GetRequiredService<IdentityServiceClient>());
        return services;
    }
}
