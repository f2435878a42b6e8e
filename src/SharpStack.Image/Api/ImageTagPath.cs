using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Api;

/// <summary>
/// The tag of <c>/v2/images/{id}/tags/{tag}</c>, percent-decoded exactly once from the request line as a WSGI server
/// decodes Glance's PATH_INFO: Kestrel keeps <c>%2F</c> encoded, so the route value alone cannot tell <c>a%2F</c> from
/// <c>a%252F</c>.
/// </summary>
internal static class ImageTagPath
{
    public static string Tag(HttpContext context, string routeValue)
    {
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

        var tag = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);

        // A decoded slash leaves Glance's {tag_value} (routes' [^/]+) unmatched, so its router answers a plain 404.
        return tag.Contains('/', StringComparison.Ordinal) ? throw new NotFoundException("The resource could not be found.") : tag;
    }
}
