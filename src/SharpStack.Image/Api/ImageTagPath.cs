using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Urls;

namespace SharpStack.Image.Api;

/// <summary>The tag of <c>/v2/images/{id}/tags/{tag}</c>, decoded once from the request line as Glance's PATH_INFO is.</summary>
internal static class ImageTagPath
{
    public static string Tag(HttpContext context, string routeValue)
    {
        var tag = RawPathSegment.Last(context, routeValue);

        // A decoded slash leaves Glance's {tag_value} (routes' [^/]+) unmatched, so its router answers a plain 404.
        return tag.Contains('/', StringComparison.Ordinal) ? throw new NotFoundException("The resource could not be found.") : tag;
    }
}
