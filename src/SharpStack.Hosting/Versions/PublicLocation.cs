using System.Text;
using Microsoft.AspNetCore.Http;

namespace SharpStack.Hosting.Versions;

/// <summary>
/// Builds the URL of a resource for a <c>Location</c> header: the public base URL and the path segments, each
/// percent-encoded as RFC 3986 says, so that the value is ASCII whatever names or tags it carries.
/// </summary>
public static class PublicLocation
{
    /// <summary>The public URL of the resource at <paramref name="segments"/> (e.g. <c>"v2", "images", id</c>).</summary>
    public static string GetPublicLocation(this HttpContext context, params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Build(context.GetPublicBaseUri(), segments);
    }

    /// <summary><paramref name="baseUri"/> followed by <paramref name="segments"/>, each one percent-encoded; always ASCII.</summary>
    public static string Build(Uri baseUri, params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(segments);
        var text = new StringBuilder(AsciiBase(baseUri).TrimEnd('/'));
        foreach (var segment in segments)
        {
            text.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return text.ToString();
    }

    private static string AsciiBase(Uri baseUri)
    {
        var absolute = baseUri.AbsoluteUri;
        if (Ascii.IsValid(absolute))
        {
            return absolute;
        }

        // An internationalized host goes out as its punycode form; anything else non-ASCII is percent-encoded.
        var builder = new UriBuilder(baseUri) { Host = baseUri.IdnHost };
        var text = new StringBuilder();
        foreach (var rune in builder.Uri.AbsoluteUri.EnumerateRunes())
        {
            text.Append(rune.IsAscii && !Rune.IsControl(rune) ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }

        return text.ToString();
    }
}
