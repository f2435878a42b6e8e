using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Configuration;

namespace SharpStack.Composition;

/// <summary>Builds one service's web application: its own port, middleware and dependencies, sharing the process's configuration.</summary>
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

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(ListenAddress(endpoint.Bind), endpoint.Port));
        ConfigureLogging(builder.Logging, configuration);
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

    private static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration)
    {
        var debug = configuration.GetSection(CloudOptions.Section).Get<LoggingOptions>()?.Debug ?? false;
        logging.ClearProviders();
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff ";
            console.IncludeScopes = true;
        });
        logging.SetMinimumLevel(debug ? LogLevel.Debug : LogLevel.Information);
        logging.AddFilter("Microsoft", debug ? LogLevel.Information : LogLevel.Warning);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);

        // A failed start surfaces as an exception that the host reports as one sentence; the generic
        // host would log it again with its stack trace.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
    }
}
