using Microsoft.Extensions.Logging;

namespace SharpStack.Composition;

/// <summary>Logging for the host's own helper containers (migrations, bootstrap, the process bus): warnings and errors, on standard error.</summary>
internal static class HostLogging
{
    public static ILoggingBuilder AddHostWarnings(this ILoggingBuilder logging) => logging
        .AddSimpleConsole(console => console.SingleLine = true)
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
        .SetMinimumLevel(LogLevel.Warning);
}
