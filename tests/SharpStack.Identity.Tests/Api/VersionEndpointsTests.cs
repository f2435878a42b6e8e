using System.Net;
using System.Text.Json;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Api;

public sealed class VersionEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task GetRoot_Anonymous_ListsV3WithMultipleChoices()
    {
        using var response = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        var version = body.RootElement.GetProperty("versions").GetProperty("values")[0];
        Assert.Equal("v3.14", version.GetProperty("id").GetString());
        Assert.Equal(new Uri(server.BaseUri, "v3/").ToString(), version.GetProperty("links")[0].GetProperty("href").GetString());
    }

    [Fact]
    public async Task GetV3_Anonymous_DescribesTheVersionAsKeystoneauthExpects()
    {
        using var response = await server.Client.GetAsync(new Uri("/v3", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var version = body.RootElement.GetProperty("version");
        Assert.Equal("stable", version.GetProperty("status").GetString());
        Assert.Equal("application/json", version.GetProperty("media-types")[0].GetProperty("base").GetString());
        Assert.True(response.Headers.Contains("X-OpenStack-Request-Id"));
    }

    [Fact]
    public async Task GetUnknownPath_ReturnsKeystoneNotFoundBody()
    {
        using var response = await server.Client.GetAsync(new Uri("/v3/no-such-thing", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, body.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Not Found", body.RootElement.GetProperty("error").GetProperty("title").GetString());
    }
}
