using System.Net;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Hardening;

namespace SharpStack.Identity.Tests.Hardening;

public sealed class ForwardedHeaderOffTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Theory]
    [InlineData("[::1")]
    [InlineData("bad host:xx")]
    [InlineData("x:99999999")]
    public async Task GetV3_ForwardedHostByDefault_IgnoredAndLinksFromTheRealHost(string host)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v3", null, ("X-Forwarded-Host", host));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{server.BaseUri}v3/", body.SelfHref());
    }

    [Fact]
    public async Task CreateService_ForwardedHostByDefault_Ignored()
    {
        var (status, body, _) = await server.SendAsync(
            HttpMethod.Post, "/v3/services", """{"service": {"type": "hardening-off"}}""", ("X-Forwarded-Host", "[::1"));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith(server.BaseUri.ToString(), body.GetProperty("service").GetProperty("links").GetProperty("self").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetV3_Http10WithoutHost_200WithLinksFromTheListeningAddress()
    {
        var response = await RawHttp.SendAsync(server.BaseUri, "GET /v3 HTTP/1.0\r\nAccept: application/json\r\n\r\n");

        Assert.Equal(200, response.Status);
        Assert.Equal($"http://127.0.0.1:{server.BaseUri.Port}/v3/", response.Json().SelfHref());
    }

    [Fact]
    public async Task AuthTokens_HeaderWithNul_400WithKeystoneFault()
    {
        var response = await RawHttp.SendAsync(
            server.BaseUri, $"POST /v3/auth/tokens HTTP/1.1\r\nHost: {server.BaseUri.Authority}\r\nX-Auth-Token: a\0b\r\nContent-Length: 2\r\n\r\n{{}}");

        Assert.Equal(400, response.Status);
        Assert.Equal(400, response.Json().GetProperty("error").GetProperty("code").GetInt32());
    }
}
