using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Urls;

public sealed class UrlNulMiddlewareTests
{
    public sealed record Server(string Name);

    public sealed record CreateServer(Server Server);

    private static Task<TestApi> StartAsync() => TestApi.StartAsync(
        TestOptions.Compute(),
        app =>
        {
            app.MapGet("/servers", (HttpRequest request) => string.Join(",", request.Query.Select(p => $"{p.Key}={p.Value}")));
            app.MapPost("/servers", (JsonBody<CreateServer> body) => body.Value.Server.Name);
        });

    [Theory]
    [InlineData("name=%00", "name")]
    [InlineData("limit=1&name=a%00b", "name")]
    [InlineData("sort_key=%00&name=x", "sort_key")]
    [InlineData("na%00me=x", "na%00me")]
    public async Task Get_NulInQuery_400NamingParameter(string query, string parameter)
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/servers?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Invalid query parameter {parameter}: a NUL character (%00) is not allowed.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EncodedPercentZeroZero_PassedOnAsText()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/servers?name=%2500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("name=%00", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_EscapedNulInBody_400NamingPath()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/servers", UriKind.Relative),
            new StringContent("""{"server": {"name": "a\u0000b"}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(@"Malformed request body: a NUL character (\\u0000) in the string at $.server.name.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
