using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SharpStack.Testing.Services;

/// <summary>
/// Records the method and path of every request a host receives, for tests that show whether a call was made; register
/// it as an <see cref="IStartupFilter"/> through the host's <c>ConfigureServices</c>.
/// </summary>
public sealed class RequestLog : IStartupFilter
{
    private readonly ConcurrentQueue<string> _requests = new();

    /// <summary>Every request so far as <c>METHOD /path?query</c>, in arrival order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            _requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            await nextMiddleware(context);
        });
        next(app);
    };
}
