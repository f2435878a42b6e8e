using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Tests.Infrastructure;
using SharpStack.Testing.Hardening;

namespace SharpStack.Hosting.Tests.Hardening;

/// <summary>Requests the HTTP server itself rejects, or fails while reading, still answer with the service's fault body.</summary>
public sealed class ServerRejectionTests
{
    private static Task<TestApi> StartAsync(ServiceFaultFormat format, Action<KestrelServerOptions>? kestrel = null) => TestApi.StartAsync(
        TestOptions.Anonymous(format),
        app =>
        {
            app.MapGet("/ok", () => "ok");
            app.MapPost("/echo", async (HttpContext context) =>
            {
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                return "read";
            });
            app.MapPost("/json", (JsonBody<JsonElement> body) => body.Value.ValueKind.ToString());
        },
        services: services =>
        {
            if (kestrel is not null)
            {
                services.Configure(kestrel);
            }
        });

    private static Uri Server(TestApi api) =>
        new(api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static void AssertKeystoneFault(RawHttpResponse response, int status)
    {
        Assert.Equal(status, response.Status);
        Assert.StartsWith("application/json", response.Header("Content-Type"), StringComparison.Ordinal);
        var error = response.Json().GetProperty("error");
        Assert.Equal(status, error.GetProperty("code").GetInt32());
        Assert.Equal(FaultDefaults.Title(status), error.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.StartsWith("req-", response.Header("X-OpenStack-Request-Id"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int> Rejected => new()
    {
        { "bad Content-Length", "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n", 400 },
        { "negative Content-Length", "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400 },
        { "two Content-Lengths", "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400 },
        { "NUL in a header", "GET /ok HTTP/1.1\r\nHost: a\r\nX-Test: a\0b\r\n\r\n", 400 },
        { "non-ASCII byte in a header", "GET /ok HTTP/1.1\r\nHost: a\r\nX-Test: caf\u00e9\r\n\r\n", 400 },
        { "NUL in the path", "GET /ok%00 HTTP/1.1\r\nHost: a\r\n\r\n", 400 },
        { "bad Host", "GET /ok HTTP/1.1\r\nHost: [::1\r\n\r\n", 400 },
        { "no Host in HTTP/1.1", "GET /ok HTTP/1.1\r\n\r\n", 400 },
        { "64 KB of headers", "GET /ok HTTP/1.1\r\nHost: a\r\nX-Big: " + new string('a', 64 * 1024) + "\r\n\r\n", 431 },
        { "10 KB query", "GET /ok?q=" + new string('a', 10 * 1024) + " HTTP/1.1\r\nHost: a\r\n\r\n", 414 },
        { "overflowing chunk size", "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 400 },
        { "chunk size not hex", "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400 },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task MalformedRequest_AnswersWithKeystoneFault(string what, string request, int status)
    {
        await using var api = await StartAsync(ServiceFaultFormat.Identity);

        var response = await RawHttp.SendAsync(Server(api), request);

        Assert.True(response.Status == status, $"{what}: {response.Status}");
        AssertKeystoneFault(response, status);
    }

    [Fact]
    public async Task MalformedRequest_Image_AnswersWithWebobJsonFault()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Image);

        var response = await RawHttp.SendAsync(Server(api), "GET /ok HTTP/1.1\r\nHost: a\r\nX-Test: a\0b\r\n\r\n");

        Assert.Equal(400, response.Status);
        Assert.Equal("400 Bad Request", response.Json().GetProperty("code").GetString());
        Assert.Equal("Bad Request", response.Json().GetProperty("title").GetString());
    }

    [Fact]
    public async Task HeadersNeverFinish_408WithFault()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Identity, kestrel => kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(1));

        var response = await RawHttp.SendAsync(Server(api), "GET /ok HTTP/1.1\r\nHost: a\r\n");

        AssertKeystoneFault(response, 408);
    }

    [Fact]
    public async Task ChunkedBodyNeverEnds_408WithFault()
    {
        await using var api = await StartAsync(
            ServiceFaultFormat.Identity,
            kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2)));

        var response = await RawHttp.SendAsync(Server(api), "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n");

        AssertKeystoneFault(response, 408);
    }

    [Theory]
    [InlineData("/echo")]
    [InlineData("/json")]
    public async Task ChunkedBodyTrickledBelowMinimumRate_408WithFault(string path)
    {
        await using var api = await StartAsync(ServiceFaultFormat.Identity, SlowBodyLimit);

        var response = await RawHttp.SendTrickledAsync(
            Server(api), $"POST {path} HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n", "1\r\n \r\n", TimeSpan.FromMilliseconds(100));

        AssertKeystoneFault(response, 408);
    }

    [Fact]
    public async Task JsonBodyNeverEnds_408WithFault()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Identity, SlowBodyLimit);

        var response = await RawHttp.SendAsync(Server(api), "POST /json HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":");

        AssertKeystoneFault(response, 408);
    }

    // Kestrel checks the rate once a second after the grace period, which must exceed that heartbeat.
    private static void SlowBodyLimit(KestrelServerOptions kestrel) =>
        kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(1.5));

    [Fact]
    public async Task WellFormedRequests_AfterARejectionOnAnotherConnection_Unchanged()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Identity);
        await RawHttp.SendAsync(Server(api), "GET /ok HTTP/1.1\r\nHost: a\r\nX-Test: a\0b\r\n\r\n");

        var ok = await RawHttp.SendAsync(Server(api), "GET /ok HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        var missing = await RawHttp.SendAsync(Server(api), "HEAD /missing HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, ok.Status);
        Assert.Equal("ok", ok.Body);
        Assert.Equal(404, missing.Status);
        Assert.Equal("", missing.Body);
    }
}
