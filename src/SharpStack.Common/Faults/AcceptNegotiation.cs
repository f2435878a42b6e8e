using Microsoft.Net.Http.Headers;

namespace SharpStack.Common.Faults;

internal static class AcceptNegotiation
{
    /// <summary>Chooses between text/html and application/json as webob does; null when neither is acceptable.</summary>
    public static string? PreferHtmlOrJson(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var ranges))
        {
            return "text/html";
        }

        var html = Quality(ranges, "text/html");
        var json = Quality(ranges, "application/json");
        if (html <= 0 && json <= 0)
        {
            return null;
        }

        return html >= json ? "text/html" : "application/json";
    }

    private static double Quality(IList<MediaTypeHeaderValue> ranges, string offer)
    {
        var target = new MediaTypeHeaderValue(offer);
        var best = 0.0;
        var bestSpecificity = -1;
        foreach (var range in ranges)
        {
            if (!target.IsSubsetOf(range))
            {
                continue;
            }

            var specificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                best = range.Quality ?? 1.0;
            }
        }

        return best;
    }
}
