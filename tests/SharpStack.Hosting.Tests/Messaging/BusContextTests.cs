using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Requests;
using SharpStack.Hosting.Tests.Infrastructure;
using SharpStack.Messaging;

namespace SharpStack.Hosting.Tests.Messaging;

public sealed class BusContextTests
{
    [Fact]
    public async Task Request_WithValidToken_BusContextCarriesRequestIdAndCaller()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await TestApi.StartAsync(
            TestOptions.Compute(validateTokens: true),
            app => app.MapGet("/context", (IRequestContext request) => new
            {
                expected_request_id = request.RequestId,
                request_id = MessageContext.Current?.RequestId,
                user_id = MessageContext.Current?.UserId,
                project_id = MessageContext.Current?.ProjectId,
                roles = MessageContext.Current?.Roles,
                token = MessageContext.Current?.AuthToken,
            }),
            new Dictionary<string, string?>
            {
                ["keystone_authtoken:auth_url"] = identity.Url.ToString(),
                ["keystone_authtoken:username"] = FakeIdentity.ServiceUser,
                ["keystone_authtoken:password"] = FakeIdentity.ServicePassword,
                ["keystone_authtoken:project_name"] = "service",
            });
        var token = identity.Issue("alice", "demo", "member");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/context");
        request.Headers.Add("X-Auth-Token", token);

        using var response = await api.Client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = body.RootElement;
        Assert.Equal(root.GetProperty("expected_request_id").GetString(), root.GetProperty("request_id").GetString());
        Assert.Equal(response.Headers.GetValues("X-OpenStack-Request-Id").Single(), root.GetProperty("request_id").GetString());
        Assert.Equal("alice", root.GetProperty("user_id").GetString());
        Assert.Equal("demo", root.GetProperty("project_id").GetString());
        Assert.Equal("member", root.GetProperty("roles")[0].GetString());
        Assert.Equal(token, root.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Request_Anonymous_BusContextCarriesRequestIdOnly()
    {
        await using var api = await TestApi.StartAsync(
            TestOptions.Compute(),
            app => app.MapGet("/context", () => new
            {
                request_id = MessageContext.Current?.RequestId,
                user_id = MessageContext.Current?.UserId,
            }));

        using var response = await api.Client.GetAsync(new Uri("/context", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("req-", body.RootElement.GetProperty("request_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("user_id").ValueKind);
    }
}
