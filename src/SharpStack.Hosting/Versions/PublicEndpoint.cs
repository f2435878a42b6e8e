using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SharpStack.Hosting.Versions;

/// <summary>The base URL clients reach this API at, for links and version documents.</summary>
public static class PublicEndpoint
{
    /// <summary>
    /// The configured <c>public_endpoint</c>, else the request's scheme, host (proxy headers honoured when enabled) and path
    /// base; always ends with '/'. Never throws: the plumbing validated the headers before the endpoint ran, and a request
    /// without a Host gets the address it arrived at.
    /// </summary>
    public static Uri GetPublicBaseUri(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<PublicAddressFeature>() is { } resolved)
        {
            return resolved.BaseUri;
        }

        var api = context.RequestServices.GetService<IOptions<HttpApiOptions>>()?.Value ?? new HttpApiOptions();
        var proxy = context.RequestServices.GetService<IOptions<ProxyHeadersOptions>>()?.Value ?? new ProxyHeadersOptions();
        return PublicAddress.Resolve(context, api, proxy.EnableProxyHeadersParsing).BaseUri
            ?? PublicAddress.Resolve(context, api, parseProxyHeaders: false).BaseUri
            ?? new Uri($"{(context.Request.IsHttps ? "https" : "http")}://{PublicAddress.ListeningAuthority(context)}/");
    }

    /// <summary>The absolute URI of the current request's path, without query, for paging links.</summary>
    public static Uri GetPublicRequestUri(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Uri(context.GetPublicBaseUri(), context.Request.Path.ToUriComponent().TrimStart('/'));
    }
}
