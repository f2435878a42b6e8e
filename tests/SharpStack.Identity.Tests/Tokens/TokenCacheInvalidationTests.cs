using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Persistence;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Tokens;

/// <summary>
/// Validation keeps valid tokens and the catalog in memory; every change that ends a token or alters what it shows must
/// be seen by the very next validation, with the caches warm.
/// </summary>
public sealed class TokenCacheInvalidationTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Validate_AfterRevokeWithWarmCache_Returns404()
    {
        var admin = await server.AdminTokenAsync();
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword, "admin");
        await AssertValidTwiceAsync(admin, subject);

        using var revoke = await SendAsync(HttpMethod.Delete, "v3/auth/tokens", admin, subject);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ValidateAsync(admin, subject));
        Assert.Equal(HttpStatusCode.OK, await ValidateAsync(admin, admin));
    }

    [Fact]
    public async Task Validate_AfterUserDisabledWithWarmCache_Returns404AndTheTokenIsRefused()
    {
        var admin = await server.SystemAdminTokenAsync();
        var (userId, token) = await MemberWithTokenAsync(admin, "cache-disabled");
        await AssertValidTwiceAsync(admin, token);

        using var disable = await SendAsync(HttpMethod.Patch, $"v3/users/{userId}", admin, null, """{"user": {"enabled": false}}""");

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ValidateAsync(admin, token));
        using var use = await SendAsync(HttpMethod.Get, "v3/auth/projects", token, null);
        Assert.Equal(HttpStatusCode.Unauthorized, use.StatusCode);
    }

    [Fact]
    public async Task Validate_AfterOnlyRoleRemovedWithWarmCache_Returns404()
    {
        var admin = await server.SystemAdminTokenAsync();
        var (userId, token) = await MemberWithTokenAsync(admin, "cache-unassigned");
        await AssertValidTwiceAsync(admin, token);

        using var remove = await SendAsync(HttpMethod.Delete, $"v3/projects/{await AdminProjectIdAsync(admin)}/users/{userId}/roles/{await RoleIdAsync(admin, "member")}", admin, null);

        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ValidateAsync(admin, token));
    }

    [Fact]
    public async Task Validate_AfterDirectDatabaseUpdateWithWarmCache_SeesIt()
    {
        // A write that bypasses the services (no revocation event, ExecuteUpdate instead of SaveChanges) still empties the cache.
        var admin = await server.SystemAdminTokenAsync();
        var (userId, token) = await MemberWithTokenAsync(admin, "cache-direct");
        await AssertValidTwiceAsync(admin, token);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.Enabled, false));
        }

        Assert.Equal(HttpStatusCode.NotFound, await ValidateAsync(admin, token));
    }

    [Fact]
    public async Task Validate_AfterServiceCreatedWithWarmCatalog_ShowsTheNewService()
    {
        var admin = await server.SystemAdminTokenAsync();
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword, "admin");
        Assert.DoesNotContain("cache-probe", await CatalogTypesAsync(admin, subject));

        using var created = await SendAsync(HttpMethod.Post, "v3/services", admin, null, """{"service": {"type": "cache-probe", "name": "probe"}}""");
        var serviceId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("service").GetProperty("id").GetString();
        using var endpoint = await SendAsync(HttpMethod.Post, "v3/endpoints", admin, null,
            $$$"""{"endpoint": {"service_id": "{{{serviceId}}}", "interface": "public", "url": "http://127.0.0.1:9/$(project_id)s", "region_id": "RegionOne"}}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, endpoint.StatusCode);
        Assert.Contains("cache-probe", await CatalogTypesAsync(admin, subject));
    }

    private async Task<(string UserId, string Token)> MemberWithTokenAsync(string admin, string name)
    {
        using var created = await SendAsync(HttpMethod.Post, "v3/users", admin, null,
            $$$"""{"user": {"name": "{{{name}}}", "domain_id": "default", "password": "cache-pass"}}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("user").GetProperty("id").GetString()!;
        using var grant = await SendAsync(HttpMethod.Put, $"v3/projects/{await AdminProjectIdAsync(admin)}/users/{userId}/roles/{await RoleIdAsync(admin, "member")}", admin, null);
        Assert.Equal(HttpStatusCode.NoContent, grant.StatusCode);
        return (userId, await server.Client.IssueTokenAsync(name, "cache-pass", "admin"));
    }

    private async Task AssertValidTwiceAsync(string admin, string subject)
    {
        Assert.Equal(HttpStatusCode.OK, await ValidateAsync(admin, subject));
        Assert.Equal(HttpStatusCode.OK, await ValidateAsync(admin, subject));
        using var use = await SendAsync(HttpMethod.Get, "v3/auth/projects", subject, null);
        Assert.Equal(HttpStatusCode.OK, use.StatusCode);
    }

    private async Task<HttpStatusCode> ValidateAsync(string admin, string subject)
    {
        using var response = await SendAsync(HttpMethod.Get, "v3/auth/tokens?nocatalog", admin, subject);
        return response.StatusCode;
    }

    private async Task<IReadOnlyList<string>> CatalogTypesAsync(string admin, string subject)
    {
        using var response = await SendAsync(HttpMethod.Get, "v3/auth/tokens", admin, subject);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("token").GetProperty("catalog").EnumerateArray().Select(s => s.GetProperty("type").GetString()!)];
    }

    private async Task<string> AdminProjectIdAsync(string admin) => await FirstIdAsync(admin, "v3/projects?name=admin", "projects");

    private async Task<string> RoleIdAsync(string admin, string name) => await FirstIdAsync(admin, $"v3/roles?name={name}", "roles");

    private async Task<string> FirstIdAsync(string admin, string path, string collection)
    {
        using var response = await SendAsync(HttpMethod.Get, path, admin, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty(collection)[0].GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? subject, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Auth-Token", token);
        if (subject is not null)
        {
            request.Headers.Add(TokenClientExtensions.SubjectTokenHeader, subject);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await server.Client.SendAsync(request);
    }
}
