using Microsoft.Extensions.Primitives;
using SharpStack.Common.Faults;
using SharpStack.Common.Paging;

namespace SharpStack.Common.Tests.Paging;

public sealed class QueryFiltersTests
{
    private static readonly KeyValuePair<string, StringValues>[] Query = [new("name", "web"), new("limit", "2"), new("color", "red")];
    private static readonly HashSet<string> Allowed = ["name", "status"];

    [Fact]
    public void Read_Ignore_DropsUnknownAndPaging()
    {
        var filters = QueryFilters.Read(Query, Allowed, UnknownFilterPolicy.Ignore);

        Assert.Equal(["name"], filters.Keys);
        Assert.Equal("web", filters["name"]);
    }

    [Fact]
    public void Read_Reject_ThrowsBadRequestNamingFilter()
    {
        var exception = Assert.Throws<BadRequestException>(() => QueryFilters.Read(Query, Allowed, UnknownFilterPolicy.Reject));

        Assert.Contains("color", exception.Message, StringComparison.Ordinal);
    }
}
