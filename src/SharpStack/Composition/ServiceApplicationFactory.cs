using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SharpStack.Hosting.Faults;

namespace SharpStack.Composition;

/// <summary>Builds one service's web application: its own port, middleware and dependencies, with the configuration made for it.</summary>
internal static class ServiceApplicationFactory
{
    public static WebApplication Create(
        ServiceEndpoint endpoint,
        IConfiguration configuration,
        Action<IServiceCollection> addSharedServices)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = $"sharpstack-{endpoint.Service.Name}",
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        if (endpoint.IsPublicUrlConfigured)
        {
            // Every service of a process shares [api]; the public URL is the one setting that differs per service.
            builder.Configuration.AddInMemoryCollection([new("api:public_endpoint", endpoint.PublicBaseUrl)]);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenSharpStack(ListenAddress(endpoint.Bind), endpoint.Port));
        ServiceLogging.Configure(builder.Logging, configuration);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        addSharedServices(builder.Services);
        endpoint.Service.AddServices(builder);

        var app = builder.Build();
        endpoint.Service.MapApi(app);
        return app;
    }

    private static IPAddress ListenAddress(string bind) =>
        IPAddress.TryParse(bind, out var address)
            ? address
            : throw new OperatorException($"[DEFAULT] bind = {bind} is not an IP address; use one such as 127.0.0.1 or 0.0.0.0.");
}
