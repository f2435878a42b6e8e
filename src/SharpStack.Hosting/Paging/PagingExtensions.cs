using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SharpStack.Common.Links;
using SharpStack.Common.Paging;
using SharpStack.Hosting.Versions;

namespace SharpStack.Hosting.Paging;

/// <summary>Paging and filtering read from the current request.</summary>
public static class PagingExtensions
{
    /// <summary>Parses the page parameters, capping the limit at both the rules and the configured <c>max_limit</c>.</summary>
    public static PageRequest GetPageRequest(this HttpRequest request, PagingRules rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        var configured = request.HttpContext.RequestServices.GetRequiredService<IOptions<HttpApiOptions>>().Value.MaxLimit;
        return PageRequestParser.Parse(request.Query, rules with { MaxLimit = Math.Min(rules.MaxLimit, configured) });
    }

    /// <summary>The <c>*_links</c> list for a served page: one <c>next</c> link when the page is full.</summary>
    public static IReadOnlyList<Link> GetNextLinks(this HttpRequest request, PageRequest page, int pageSize, string? lastId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PageLinks.Next(request.HttpContext.GetPublicRequestUri(), request.Query, page, pageSize, lastId);
    }

    /// <summary>Glance's <c>next</c> property: the path and query of the next page, or null on the last page.</summary>
    public static string? GetNextPath(this HttpRequest request, PageRequest page, int pageSize, string? lastId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PageLinks.NextPath(request.PathBase + request.Path, request.Query, page, pageSize, lastId);
    }

    public static IReadOnlyDictionary<string, StringValues> GetFilters(this HttpRequest request, IReadOnlySet<string> allowed, UnknownFilterPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        return QueryFilters.Read(request.Query, allowed, policy);
    }
}
