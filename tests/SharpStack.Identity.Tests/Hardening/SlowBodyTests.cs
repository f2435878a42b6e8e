using Microsoft.EntityFrameworkCore;
using SharpStack.Testing.Hardening;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>A body that never ends, or trickles in slower than the server's minimum rate, is Keystone's 408 fault and stores nothing.</summary>
public sealed class SlowBodyTests(SlowBodyIdentity server) : IClassFixture<SlowBodyIdentity>
{
    private string Head(string framing) =>
        $"POST /v3/users HTTP/1.1\r\nHost: {server.BaseUri.Authority}\r\nX-Auth-Token: {server.Admin.Token}\r\nContent-Type: application/json\r\n{framing}\r\n\r\n";

    private static void AssertKeystoneTimeout(RawHttpResponse response)
    {
        Assert.Equal(408, response.Status);
        var error = response.Json().GetProperty("error");
        Assert.Equal(408, error.GetProperty("code").GetInt32());
        Assert.Equal("Request Timeout", error.GetProperty("title").GetString());
        Assert.StartsWith("req-", response.Header("X-OpenStack-Request-Id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_ChunkedBodyTrickled_408AndNothingStored()
    {
        var before = await server.WithDbAsync(db => db.Users.CountAsync());

        var response = await RawHttp.SendTrickledAsync(
            server.BaseUri, Head("Transfer-Encoding: chunked") + "d\r\n{\"user\": {\"na\r\n", "1\r\nm\r\n", TimeSpan.FromMilliseconds(100));

        AssertKeystoneTimeout(response);
        Assert.Equal(before, await server.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task CreateUser_ContentLengthNeverReached_408()
    {
        var response = await RawHttp.SendAsync(server.BaseUri, Head("Content-Length: 1000") + "{\"user\": {\"name\": \"slow\"");

        AssertKeystoneTimeout(response);
    }
}
