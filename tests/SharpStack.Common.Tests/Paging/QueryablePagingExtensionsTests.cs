using SharpStack.Common.Faults;
using SharpStack.Common.Paging;

namespace SharpStack.Common.Tests.Paging;

public sealed class QueryablePagingExtensionsTests
{
    private sealed record Row(string Id, string Name, int Size);

    private static readonly Row[] Rows =
    [
        new("a", "web", 3), new("b", "db", 1), new("c", "web", 2), new("d", "cache", 2), new("e", "db", 5),
    ];

    private static readonly SortableColumns<Row> Columns = new SortableColumns<Row>("id", row => row.Id)
        .Add("name", row => row.Name)
        .Add("size", row => row.Size);

    private static async Task<string[]> PageAsync(PageRequest page) =>
        [.. (await Rows.AsQueryable().ApplyPageAsync(page, Columns, CancellationToken.None)).Select(row => row.Id)];

    [Fact]
    public async Task ApplyPageAsync_NoMarker_SortsAndLimits() =>
        Assert.Equal(["d", "b", "e"], await PageAsync(new PageRequest(3, null, [new SortKey("name", SortDirection.Asc)])));

    [Fact]
    public async Task ApplyPageAsync_Marker_ContinuesAfterMarkerRowWithTies() =>
        Assert.Equal(["e", "a"], await PageAsync(new PageRequest(2, "b", [new SortKey("name", SortDirection.Asc)])));

    [Fact]
    public async Task ApplyPageAsync_MultipleKeysDescending_WalksAllPages()
    {
        var sort = new[] { new SortKey("size", SortDirection.Desc), new SortKey("name", SortDirection.Asc) };
        var seen = new List<string>();
        string? marker = null;
        do
        {
            var page = await PageAsync(new PageRequest(2, marker, sort));
            seen.AddRange(page);
            marker = page.Length == 2 ? page[^1] : null;
        }
        while (marker is not null);

        Assert.Equal(["e", "a", "d", "c", "b"], seen);
    }

    [Fact]
    public async Task ApplyPageAsync_UnknownMarker_ThrowsBadRequestAsNova()
    {
        var exception = await Assert.ThrowsAsync<BadRequestException>(() => PageAsync(new PageRequest(2, "zzz", [])));

        Assert.Equal("marker [zzz] not found", exception.Message);
    }

    [Fact]
    public async Task ApplyPageAsync_PageReverse_WalksBackwards() =>
        Assert.Equal(["b", "a"], await PageAsync(new PageRequest(2, "c", [new SortKey("id", SortDirection.Asc)], PageReverse: true)));
}
