using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SharpStack.Configuration;

namespace SharpStack.Composition;

/// <summary>The console logging of a service's application or an agent: one line per entry with its scopes, on standard error.</summary>
internal static class ServiceLogging
{
    public static void Configure(ILoggingBuilder logging, IConfiguration configuration)
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
