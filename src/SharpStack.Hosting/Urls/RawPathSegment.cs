using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SharpStack.Hosting.Urls;

/// <summary>
/// The last segment of the request path, percent-decoded exactly once from the request line as a WSGI server decodes
/// PATH_INFO: Kestrel keeps <c>%2F</c> encoded, so a route value alone cannot tell <c>a%2F</c> from <c>a%252F</c>.
/// </summary>
public static class RawPathSegment
{
    /// <summary>The decoded last segment, or <paramref name="routeValue"/> when the server keeps no request line.</summary>
    public static string Last(HttpContext context, string routeValue)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            return routeValue;
        }

        var path = raw.Split('?', 2)[0];
        if (path.EndsWith('/'))
        {
            path = path[..^1];
        }

        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }
}
