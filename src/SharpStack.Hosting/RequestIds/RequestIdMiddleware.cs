using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SharpStack.Messaging;

namespace SharpStack.Hosting.RequestIds;

/// <summary>
/// oslo.middleware's RequestId: every request gets a fresh <c>req-&lt;uuid4&gt;</c>, echoed in
/// <c>X-OpenStack-Request-Id</c>; a well-formed incoming id is kept as the global request id.
/// </summary>
internal sealed partial class RequestIdMiddleware(RequestDelegate next, ServiceApiOptions options, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-OpenStack-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var feature = new RequestContextFeature(NewId(), GlobalIdPattern().IsMatch(incoming) ? incoming : null);
        context.Features.Set(feature);
        context.Response.OnStarting(() =>
        {
            foreach (var header in options.CompatRequestIdHeaders.Prepend(Header))
            {
                context.Response.Headers[header] = feature.RequestId;
            }

            return Task.CompletedTask;
        });

        using (logger.BeginScope(new RequestLogScope(feature.RequestId, feature.GlobalRequestId)))
        {
            await next(context);
        }
    }

    public static string NewId() => "req-" + Guid.NewGuid().ToString("D");

    [GeneratedRegex("^req-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$")]
    private static partial Regex GlobalIdPattern();
}
