using System.Net;
using System.Text.RegularExpressions;

namespace SharpStack.Hosting.Clients;

/// <summary>Reads webob's and Swift's HTML and plain-text error pages into a title and a message.</summary>
internal static partial class TextFaultReader
{
    public static ServiceFault Read(string? mediaType, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true || body.TrimStart().StartsWith('<')
            ? ReadHtml(body)
            : ReadText(body);
    }

    /// <summary>webob's message without the template's trailing <c>&lt;br /&gt;</c>s.</summary>
    public static string WebobMessage(string message) => Collapse(StripTags(message));

    // webob: "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>The resource...<br /><br /></body></html>";
    // Swift: "<html><h1>Not Found</h1><p>The resource could not be found.</p></html>".
    private static ServiceFault ReadHtml(string body)
    {
        var withoutHead = HeadPattern().Replace(body, string.Empty);
        var heading = HeadingPattern().Match(withoutHead);
        var title = heading.Success ? Title(WebUtility.HtmlDecode(StripTags(heading.Groups[1].Value)).Trim()) : null;
        var message = Collapse(WebUtility.HtmlDecode(StripTags(heading.Success ? withoutHead.Remove(heading.Index, heading.Length) : withoutHead)));
        return new ServiceFault(title, message);
    }

    // webob: "404 Not Found\n\nThe resource could not be found.\n\n\n"; Swift: the message alone.
    private static ServiceFault ReadText(string body)
    {
        var status = StatusLinePattern().Match(body);
        return status.Success
            ? new ServiceFault(status.Groups[1].Value.Trim(), Collapse(body[status.Length..]))
            : new ServiceFault(null, Collapse(body));
    }

    private static string Title(string heading) => StatusPrefixPattern().Replace(heading, string.Empty);

    private static string StripTags(string html) => TagPattern().Replace(BreakPattern().Replace(html, " "), " ");

    private static string Collapse(string text) => SpacePattern().Replace(text, " ").Trim();

    [GeneratedRegex("<head>.*?</head>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadPattern();

    [GeneratedRegex("<h1>(.*?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<br.*?>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"^\d{3} ")]
    private static partial Regex StatusPrefixPattern();

    [GeneratedRegex(@"\A\d{3} ([^\n]+)\n\n")]
    private static partial Regex StatusLinePattern();
}
