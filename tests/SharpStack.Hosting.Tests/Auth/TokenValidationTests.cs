using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Requests;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Auth;

public sealed class TokenValidationTests
{
    private static Task<TestApi> StartAsync(Uri identity, ManualTimeProvider? time = null, double timeoutSeconds = 10) => TestApi.StartAsync(
        TestOptions.Compute(validateTokens: true),
        app =>
        {
            app.MapGet("/whoami", (IRequestContext context, HttpRequest request) => new
            {
                user_id = context.Auth!.UserId,
                project_id = context.Auth.ProjectId,
                project_name = context.Auth.ProjectName,
                user_domain_name = context.Auth.UserDomainName,
                roles = context.Auth.Roles,
                catalog_types = context.Auth.Catalog.Select(service => service.Type),
                service_user = context.Auth.ServiceToken?.UserId,
                header_user = request.Headers["X-User-Id"].ToString(),
            });
            app.MapGet("/", () => "versions").AsVersionDiscovery();
        },
        new Dictionary<string, string?>
        {
            ["keystone_authtoken:auth_url"] = identity.ToString(),
            ["keystone_authtoken:username"] = FakeIdentity.ServiceUser,
            ["keystone_authtoken:password"] = FakeIdentity.ServicePassword,
            ["keystone_authtoken:project_name"] = "service",
            ["keystone_authtoken:http_connect_timeout"] = timeoutSeconds.ToString(CultureInfo.InvariantCulture),
        },
        services =>
        {
            if (time is not null)
            {
                services.AddSingleton<TimeProvider>(time);
            }
        });

    private static async Task<HttpResponseMessage> GetAsync(TestApi api, string path, string? token, string? serviceToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        if (serviceToken is not null)
        {
            request.Headers.Add("X-Service-Token", serviceToken);
        }

        return await api.Client.SendAsync(request);
    }

    [Fact]
    public async Task Request_NoToken_401WithWwwAuthenticateAndFault()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);

        using var response = await GetAsync(api, "/whoami", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Keystone uri=\"{identity.Url}\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("\"unauthorized\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_UnknownToken_401()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);

        using var response = await GetAsync(api, "/whoami", "bogus");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_ValidToken_ContextPopulated()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);
        var token = identity.Issue("alice", "demo", "member", "reader");

        using var response = await GetAsync(api, "/whoami", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("alice", root.GetProperty("user_id").GetString());
        Assert.Equal("demo", root.GetProperty("project_id").GetString());
        Assert.Equal("demo-name", root.GetProperty("project_name").GetString());
        Assert.Equal("Default", root.GetProperty("user_domain_name").GetString());
        Assert.Equal(["member", "reader"], root.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal("compute", root.GetProperty("catalog_types")[0].GetString());
        Assert.Equal("alice", root.GetProperty("header_user").GetString());
    }

    [Fact]
    public async Task Request_AnonymousEndpointWithoutToken_AllowedWithoutIdentityCall()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);

        using var response = await GetAsync(api, "/", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, identity.Validations);
    }

    [Fact]
    public async Task Request_SameTokenTwice_IdentityAskedOnce()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);
        var token = identity.Issue("alice", "demo", "member");

        using (await GetAsync(api, "/whoami", token))
        using (var second = await GetAsync(api, "/whoami", token))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal(1, identity.Validations);
        Assert.Equal(1, identity.ServiceTokensIssued);
    }

    [Fact]
    public async Task Request_CacheExpired_RevalidatesAndSeesRevocation()
    {
        await using var identity = await FakeIdentity.StartAsync();
        var time = new ManualTimeProvider();
        await using var api = await StartAsync(identity.Url, time);
        var token = identity.Issue("alice", "demo", "member");
        using (await GetAsync(api, "/whoami", token))
        {
        }

        identity.Revoke(token);
        time.Advance(TimeSpan.FromSeconds(31));
        using var response = await GetAsync(api, "/whoami", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, identity.Validations);
    }

    [Fact]
    public async Task Request_ConcurrentSameToken_OneValidation()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);
        var token = identity.Issue("alice", "demo", "member");
        using (await GetAsync(api, "/", token: null))
        {
        }

        identity.Delay = TimeSpan.FromMilliseconds(300);
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GetAsync(api, "/whoami", token)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, identity.Validations);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Request_IdentitySlow_503WithinTimeout()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url, timeoutSeconds: 1);
        var token = identity.Issue("alice", "demo", "member");
        identity.Delay = TimeSpan.FromSeconds(20);
        var clock = Stopwatch.StartNew();

        using var response = await GetAsync(api, "/whoami", token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("serviceUnavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_IdentityUnreachable_503()
    {
        var identity = await FakeIdentity.StartAsync();
        var url = identity.Url;
        await identity.DisposeAsync();
        await using var api = await StartAsync(url, timeoutSeconds: 2);

        using var response = await GetAsync(api, "/whoami", "some-token");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Request_ValidServiceToken_InContext()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);
        var user = identity.Issue("alice", "demo", "member");
        var service = identity.Issue("glance-id", "service", "service");

        using var response = await GetAsync(api, "/whoami", user, service);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"service_user\":\"glance-id\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_InvalidServiceToken_401()
    {
        await using var identity = await FakeIdentity.StartAsync();
        await using var api = await StartAsync(identity.Url);
        var user = identity.Issue("alice", "demo", "member");

        using var response = await GetAsync(api, "/whoami", user, "bogus-service-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
