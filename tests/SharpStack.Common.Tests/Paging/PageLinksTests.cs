using Microsoft.Extensions.Primitives;
using SharpStack.Common.Paging;

namespace SharpStack.Common.Tests.Paging;

public sealed class PageLinksTests
{
    private static readonly PageRequest Page = new(2, "m0", [new SortKey("id", SortDirection.Asc)]);
    private static readonly Uri Collection = new("http://cloud:8774/v2.1/servers");
    private static readonly KeyValuePair<string, StringValues>[] Query = [new("name", "web"), new("limit", "2"), new("marker", "m0")];

    [Fact]
    public void Next_FullPage_KeepsFiltersAndReplacesMarker()
    {
        var links = PageLinks.Next(Collection, Query, Page, pageSize: 2, lastId: "m2");

        var link = Assert.Single(links);
        Assert.Equal("next", link.Rel);
        Assert.Equal("http://cloud:8774/v2.1/servers?name=web&limit=2&marker=m2", link.Href);
    }

    [Fact]
    public void Next_PartialPage_None() => Assert.Empty(PageLinks.Next(Collection, Query, Page, pageSize: 1, lastId: "m1"));

    [Fact]
    public void Previous_WithMarker_PageReverse() =>
        Assert.Equal("http://cloud:8774/v2.1/servers?name=web&limit=2&marker=m1&page_reverse=True", PageLinks.Previous(Collection, Query, Page, "m1")?.Href);

    [Fact]
    public void NextPath_Glance_IsRelative() =>
        Assert.Equal("/v2/images?name=web&limit=2&marker=m2", PageLinks.NextPath("/v2/images", Query, Page, 2, "m2"));
}
