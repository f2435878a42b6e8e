using System.Net;

namespace SharpStack.Identity.Tests.Hardening;

public sealed class ForwardedHeaderOnTests(ProxyHeadersIdentity server) : IClassFixture<ProxyHeadersIdentity>
{
    [Theory]
    [InlineData("[::1")]
    [InlineData("bad host:xx")]
    [InlineData("x:99999999")]
    public async Task GetV3_MalformedForwardedHost_400WithKeystoneFault(string host)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v3", null, ("X-Forwarded-Host", host));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Bad Request", body.GetProperty("error").GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetV3_MalformedForwardedProto_400()
    {
        var (status, _, _) = await server.SendAsync(HttpMethod.Get, "/v3", null, ("X-Forwarded-Proto", "javascript"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task GetV3_WellFormedForwardedHost_LinksThroughTheProxy()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v3", null, ("X-Forwarded-Host", "keystone.example.com"), ("X-Forwarded-Proto", "https"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("https://keystone.example.com/v3/", body.SelfHref());
    }

    [Fact]
    public async Task CreateService_MalformedForwardedHost_400AndNothingStored()
    {
        var name = $"hardening-{Guid.NewGuid():N}";

        var (status, body, _) = await server.SendAsync(
            HttpMethod.Post, "/v3/services", $$$"""{"service": {"type": "hardening", "name": "{{{name}}}"}}""", ("X-Forwarded-Host", "[::1"));
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, "/v3/services?type=hardening", null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.DoesNotContain(list.GetProperty("services").EnumerateArray(), s => s.GetProperty("name").GetString() == name);
    }
}
