using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SharpStack.Identity.Api;

/// <summary>
/// The tag of <c>/v3/projects/{id}/tags/{tag}</c>, percent-decoded exactly once from the request line: the server's own
/// path decoding keeps <c>%2F</c> encoded, so the route value alone cannot tell <c>a%2F</c> from <c>a%252F</c>.
/// </summary>
internal static class ProjectTagPath
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

        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }
}
