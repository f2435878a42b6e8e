using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Common.Versions;
using SharpStack.Hosting.Tests.Infrastructure;
using SharpStack.Hosting.Versions;
using SharpStack.Testing.Hardening;

namespace SharpStack.Hosting.Tests.Hardening;

public sealed class PublicAddressTests
{
    private int _endpointRuns;

    private Task<TestApi> StartAsync(Dictionary<string, string?>? configuration = null) => TestApi.StartAsync(
        TestOptions.Anonymous(ServiceFaultFormat.Identity),
        app => app.MapGet("/v3", (HttpContext context) =>
        {
            Interlocked.Increment(ref _endpointRuns);
            return Results.Json(VersionDocuments.Document(VersionDocuments.Identity(context.GetPublicBaseUri())));
        }),
        configuration);

    private static Dictionary<string, string?> ProxyParsing(string section = "oslo_middleware", string value = "true") =>
        new() { [$"{section}:enable_proxy_headers_parsing"] = value };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(TestApi api, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v3");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await api.Client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    private static string SelfHref(JsonElement body) =>
        body.GetProperty("version").GetProperty("links")[0].GetProperty("href").GetString()!;

    private static Uri BaseUri(TestApi api) =>
        new(api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    [Theory]
    [InlineData("[::1")]
    [InlineData("bad host:xx")]
    [InlineData("x:99999999")]
    [InlineData("a/b")]
    public async Task ForwardedHost_ParsingOff_IgnoredAndLinksFromRequestHost(string host)
    {
        await using var api = await StartAsync();

        var (status, body) = await GetAsync(api, ("X-Forwarded-Host", host), ("X-Forwarded-Proto", "gopher"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{api.Client.BaseAddress}v3/", SelfHref(body));
    }

    [Theory]
    [InlineData("X-Forwarded-Host", "[::1")]
    [InlineData("X-Forwarded-Host", "bad host:xx")]
    [InlineData("X-Forwarded-Host", "x:99999999")]
    [InlineData("X-Forwarded-Host", "a/b")]
    [InlineData("X-Forwarded-Proto", "gopher")]
    [InlineData("X-Forwarded-Proto", "ht tp")]
    [InlineData("Forwarded", "host=\"[::1\"")]
    [InlineData("Forwarded", "proto=https;host")]
    [InlineData("Forwarded", "host=\"unclosed")]
    [InlineData("Forwarded", "proto=ftp")]
    public async Task ProxyHeader_Malformed_400BeforeEndpoint(string header, string value)
    {
        await using var api = await StartAsync(ProxyParsing());

        var (status, body) = await GetAsync(api, (header, value));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains(header, body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _endpointRuns);
    }

    [Fact]
    public async Task ForwardedHostAndProto_ParsingOn_BuildLinks()
    {
        await using var api = await StartAsync(ProxyParsing());

        var (status, body) = await GetAsync(api, ("X-Forwarded-Host", "cloud.example.com:8443, inner.example.com"), ("X-Forwarded-Proto", "https"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("https://cloud.example.com:8443/v3/", SelfHref(body));
    }

    [Fact]
    public async Task ForwardedRfc7239_ParsingOn_FirstElementWinsOverXForwarded()
    {
        await using var api = await StartAsync(ProxyParsing());

        var (_, body) = await GetAsync(
            api,
            ("Forwarded", "for=192.0.2.60;proto=https;host=\"[2001:db8::1]:8443\", for=198.51.100.17;host=inner"),
            ("X-Forwarded-Host", "ignored.example.com"));

        Assert.Equal("https://[2001:db8::1]:8443/v3/", SelfHref(body));
    }

    [Fact]
    public async Task ApiSectionAlias_On_Honoured()
    {
        await using var api = await StartAsync(ProxyParsing("api"));

        var (_, body) = await GetAsync(api, ("X-Forwarded-Host", "cloud.example.com"));

        Assert.Equal("http://cloud.example.com/v3/", SelfHref(body));
    }

    [Fact]
    public async Task OsloMiddlewareOff_WinsOverApiAlias()
    {
        await using var api = await StartAsync(new()
        {
            ["api:enable_proxy_headers_parsing"] = "true",
            ["oslo_middleware:enable_proxy_headers_parsing"] = "false",
        });

        var (_, body) = await GetAsync(api, ("X-Forwarded-Host", "cloud.example.com"));

        Assert.Equal($"{api.Client.BaseAddress}v3/", SelfHref(body));
    }

    [Fact]
    public void ProxyHeadersParsing_Default_Off()
    {
        Assert.False(new ProxyHeadersOptions().EnableProxyHeadersParsing);
        Assert.False(new HttpApiOptions().EnableProxyHeadersParsing);
    }

    [Fact]
    public async Task Http10WithoutHost_LinksFromListeningAddress()
    {
        await using var api = await StartAsync(ProxyParsing());
        var server = BaseUri(api);

        var response = await RawHttp.SendAsync(server, "GET /v3 HTTP/1.0\r\nAccept: application/json\r\n\r\n");

        Assert.Equal(200, response.Status);
        Assert.Equal($"http://127.0.0.1:{server.Port}/v3/", SelfHref(response.Json()));
    }
}
