using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using SharpStack.Common.Links;

namespace SharpStack.Common.Paging;

/// <summary>Builds the <c>next</c>/<c>previous</c> links of a page, keeping the client's other query parameters.</summary>
public static class PageLinks
{
    /// <summary>Nova's and Neutron's <c>*_links</c>: a next link when the page is full, otherwise none.</summary>
    /// <param name="baseUri">The absolute URI of the collection, without query.</param>
    /// <param name="query">The request's query parameters.</param>
    /// <param name="page">The page that was served.</param>
    /// <param name="pageSize">How many rows the page holds.</param>
    /// <param name="lastId">The id of the page's last row.</param>
    public static IReadOnlyList<Link> Next(Uri baseUri, IEnumerable<KeyValuePair<string, StringValues>> query, PageRequest page, int pageSize, string? lastId)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(page);
        return pageSize < page.Limit || lastId is null ? [] : [new Link("next", WithMarker(baseUri.ToString(), query, page.Limit, lastId, reverse: false))];
    }

    /// <summary>Neutron's <c>previous</c> link, present when the request had a marker.</summary>
    public static Link? Previous(Uri baseUri, IEnumerable<KeyValuePair<string, StringValues>> query, PageRequest page, string? firstId)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(page);
        return page.Marker is null || firstId is null ? null : new Link("previous", WithMarker(baseUri.ToString(), query, page.Limit, firstId, reverse: true));
    }

    /// <summary>Glance's <c>next</c> property: a path relative to the server, e.g. <c>/v2/images?marker=...</c>.</summary>
    public static string? NextPath(string path, IEnumerable<KeyValuePair<string, StringValues>> query, PageRequest page, int pageSize, string? lastId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return pageSize < page.Limit || lastId is null ? null : WithMarker(path, query, page.Limit, lastId, reverse: false);
    }

    private static string WithMarker(string target, IEnumerable<KeyValuePair<string, StringValues>> query, int limit, string marker, bool reverse)
    {
        var kept = query
            .Where(pair => pair.Key is not "marker" and not "limit" and not "page_reverse")
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("marker", marker));
        if (reverse)
        {
            kept = kept.Append(new("page_reverse", "True"));
        }

        return QueryHelpers.AddQueryString(target, kept);
    }
}
