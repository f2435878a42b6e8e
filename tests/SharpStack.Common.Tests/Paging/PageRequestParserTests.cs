using Microsoft.Extensions.Primitives;
using SharpStack.Common.Faults;
using SharpStack.Common.Paging;

namespace SharpStack.Common.Tests.Paging;

public sealed class PageRequestParserTests
{
    private static readonly PagingRules Rules =
        new(100, new HashSet<string>(["id", "name", "created_at"]), [new SortKey("created_at", SortDirection.Desc)]);

    private static PageRequest Parse(params (string Key, string Value)[] query) =>
        PageRequestParser.Parse(
            query.GroupBy(pair => pair.Key).Select(group => new KeyValuePair<string, StringValues>(group.Key, group.Select(pair => pair.Value).ToArray())),
            Rules);

    [Fact]
    public void Parse_Empty_UsesMaxLimitAndDefaultSort()
    {
        var page = Parse();

        Assert.Equal(100, page.Limit);
        Assert.Null(page.Marker);
        Assert.Equal([new SortKey("created_at", SortDirection.Desc)], page.Sort);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("0", 100)]
    [InlineData("5000", 100)]
    public void Parse_Limit_CappedAtMax(string limit, int expected) => Assert.Equal(expected, Parse(("limit", limit)).Limit);

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void Parse_BadLimit_ThrowsBadRequest(string limit) =>
        Assert.Throws<BadRequestException>(() => Parse(("limit", limit)));

    [Fact]
    public void Parse_MultipleSortKeys_PairsDirections()
    {
        var page = Parse(("sort_key", "name"), ("sort_key", "id"), ("sort_dir", "asc"));

        Assert.Equal([new SortKey("name", SortDirection.Asc), new SortKey("id", SortDirection.Desc)], page.Sort);
    }

    [Fact]
    public void Parse_UnknownSortKey_ThrowsBadRequestNamingIt()
    {
        var exception = Assert.Throws<BadRequestException>(() => Parse(("sort_key", "password")));

        Assert.Contains("password", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadSortDir_ThrowsBadRequest() =>
        Assert.Throws<BadRequestException>(() => Parse(("sort_key", "name"), ("sort_dir", "up")));

    [Fact]
    public void Parse_MarkerAndPageReverse_Read()
    {
        var page = Parse(("marker", "abc"), ("page_reverse", "True"));

        Assert.Equal("abc", page.Marker);
        Assert.True(page.PageReverse);
    }
}
