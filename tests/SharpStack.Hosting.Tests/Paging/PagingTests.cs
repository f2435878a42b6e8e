using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Paging;
using SharpStack.Hosting.Paging;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Paging;

public sealed class PagingTests
{
    private sealed record Item(string Id, string Name);

    private static readonly Item[] Items = [.. Enumerable.Range(1, 5).Select(i => new Item($"id{i}", $"name{i}"))];

    private static readonly SortableColumns<Item> Columns = new SortableColumns<Item>("id", item => item.Id).Add("name", item => item.Name);

    private static Task<TestApi> StartAsync() => TestApi.StartAsync(TestOptions.Compute(), app =>
        app.MapGet("/v2.1/servers", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var page = request.GetPageRequest(Columns.Rules(new SortKey("id", SortDirection.Asc)));
            var rows = (await Items.AsQueryable().ApplyPageAsync(page, Columns, cancellationToken)).ToList();
            return new { servers = rows, servers_links = request.GetNextLinks(page, rows.Count, rows.LastOrDefault()?.Id) };
        }));

    [Fact]
    public async Task List_FullPage_NextLinkWithMarker()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/v2.1/servers?limit=2&name=x", UriKind.Relative));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var link = body.RootElement.GetProperty("servers_links")[0];
        Assert.Equal("next", link.GetProperty("rel").GetString());
        Assert.Equal($"{api.Client.BaseAddress}v2.1/servers?name=x&limit=2&marker=id2", link.GetProperty("href").GetString());
    }

    [Fact]
    public async Task List_LastPage_NoLinks()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/v2.1/servers?limit=2&marker=id4", UriKind.Relative));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("id5", body.RootElement.GetProperty("servers")[0].GetProperty("id").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("servers_links").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=-3", "limit")]
    [InlineData("marker=nope", "marker [nope] not found")]
    [InlineData("sort_key=secret", "secret")]
    [InlineData("sort_key=name&sort_dir=sideways", "sort direction")]
    public async Task List_BadParameter_400(string query, string expected)
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/v2.1/servers?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
