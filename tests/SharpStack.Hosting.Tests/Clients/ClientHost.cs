using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

/// <summary>The calling side: a service provider with <see cref="EchoClient"/> registered as a service would register its clients.</summary>
internal static class ClientHost
{
    /// <summary><c>[keystone_authtoken]</c> for the stub's service user, plus the test's settings.</summary>
    public static Dictionary<string, string?> Settings(CloudStub stub, params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["keystone_authtoken:auth_url"] = stub.Url.ToString(),
            ["keystone_authtoken:username"] = CloudStub.ServiceUser,
            ["keystone_authtoken:password"] = CloudStub.ServicePassword,
            ["keystone_authtoken:project_name"] = "service",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    public static ServiceProvider Create(
        IDictionary<string, string?> settings, Action<IServiceCollection>? register = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (register is null)
        {
            services.AddServiceClient<EchoClient>("placement", "placement");
        }
        else
        {
            register(services);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
