using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SharpStack.Hosting.Versions;

/// <summary>The base URL clients reach this API at, for links and version documents.</summary>
public static class PublicEndpoint
{
    /// <summary>The configured <c>public_endpoint</c>, else the request's scheme, host (proxy headers honoured) and path base; always ends with '/'.</summary>
    public static Uri GetPublicBaseUri(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.RequestServices.GetRequiredService<IOptions<HttpApiOptions>>().Value;
        if (options.PublicEndpoint is not null)
        {
            var configured = options.PublicEndpoint.ToString();
            return new Uri(configured.EndsWith('/') ? configured : configured + "/");
        }

        var request = context.Request;
        var scheme = request.Scheme;
        var host = request.Host.Value ?? "localhost";
        if (options.EnableProxyHeadersParsing)
        {
            scheme = FirstValue(request.Headers["X-Forwarded-Proto"]) ?? scheme;
            host = FirstValue(request.Headers["X-Forwarded-Host"]) ?? host;
        }

        return new Uri($"{scheme}://{host}{request.PathBase}/");
    }

    /// <summary>The absolute URI of the current request's path, without query, for paging links.</summary>
    public static Uri GetPublicRequestUri(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Uri(context.GetPublicBaseUri(), context.Request.Path.Value?.TrimStart('/') ?? string.Empty);
    }

    private static string? FirstValue(string? header) =>
        string.IsNullOrWhiteSpace(header) ? null : header.Split(',', 2)[0].Trim();
}
