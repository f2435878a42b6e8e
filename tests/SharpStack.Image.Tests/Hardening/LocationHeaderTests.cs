using System.Net;
using System.Text;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Hardening;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class LocationHeaderTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("é", "%C3%A9")]
    [InlineData("🙂", "%F0%9F%99%82")]
    public async Task CreateMetadefNamespace_NonAsciiName_201WithPercentEncodedLocationThatResolves(string name, string encoded)
    {
        var (status, _, response) = await server.SendAsync(
            HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, $$"""{"namespace": "{{name}}", "visibility": "public"}""");
        var location = response.Headers.Location!;
        var (found, shown, _) = await server.SendAsync(HttpMethod.Get, location.PathAndQuery, Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(Ascii.IsValid(location.OriginalString), location.OriginalString);
        Assert.Equal($"{server.BaseUri}v2/metadefs/namespaces/{encoded}", location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal(name, shown.GetProperty("namespace").GetString());
    }

    [Fact]
    public async Task Root_Http10WithoutHost_VersionLinksFromTheListeningAddress()
    {
        var response = await RawHttp.SendAsync(server.BaseUri, "GET / HTTP/1.0\r\nAccept: application/json\r\n\r\n");

        Assert.Equal(300, response.Status);
        Assert.StartsWith($"http://127.0.0.1:{server.BaseUri.Port}/v2", response.Json().GetProperty("versions")[0].GetProperty("links")[0].GetProperty("href").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateImage_OverflowingChunkSize_400WithGlanceFault()
    {
        var token = await server.TokenAsync(Persona.ProjectMember);

        var response = await RawHttp.SendAsync(
            server.BaseUri,
            $"POST /v2/images HTTP/1.1\r\nHost: {server.BaseUri.Authority}\r\nX-Auth-Token: {token}\r\nAccept: application/json\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n");

        Assert.Equal(400, response.Status);
        Assert.Equal("400 Bad Request", response.Json().GetProperty("code").GetString());
    }
}
