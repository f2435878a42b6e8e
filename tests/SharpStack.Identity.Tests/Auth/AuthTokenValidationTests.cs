using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Auth;

public sealed class AuthTokenValidationTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Fact]
    public async Task Get_ValidSubject_Returns200WithTheTokenBody()
    {
        var admin = await server.AdminTokenAsync();
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword, "admin");

        using var response = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", admin, subject);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(subject, response.Headers.GetValues("X-Subject-Token").Single());
        var token = body.RootElement.GetProperty("token");
        Assert.Equal("admin", token.GetProperty("project").GetProperty("name").GetString());
        Assert.True(token.GetProperty("catalog").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Get_OwnTokenAsSubject_IsAllowedByTokenSubjectRule()
    {
        var member = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword);

        using var response = await SendAsync(HttpMethod.Get, "/v3/auth/tokens?nocatalog", member, member);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Head_ValidSubject_Returns200WithoutBody()
    {
        var admin = await server.AdminTokenAsync();

        using var response = await SendAsync(HttpMethod.Head, "/v3/auth/tokens", admin, admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Delete_Subject_Returns204ThenValidationIs404AndUseIs401()
    {
        var admin = await server.AdminTokenAsync();
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword, "admin");

        using var revoke = await SendAsync(HttpMethod.Delete, "/v3/auth/tokens", admin, subject);
        using var validate = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", admin, subject);
        using var body = JsonDocument.Parse(await validate.Content.ReadAsStringAsync());
        using var use = await SendAsync(HttpMethod.Get, "/v3/auth/projects", subject, null);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, validate.StatusCode);
        Assert.Equal($"Could not find token: {subject}.", body.RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, use.StatusCode);
        using var other = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", admin, admin);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Get_GarbageSubject_Returns404()
    {
        using var response = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", await server.AdminTokenAsync(), "gAAAAAgarbage");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_NoAuthToken_Returns401WithWwwAuthenticate()
    {
        using var response = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", null, "anything");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Keystone uri=\"{server.BaseUri.ToString().TrimEnd('/')}\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("The request you have made requires authentication.", body.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task RevokeUser_ThroughTheRevoker_InvalidatesEarlierTokensAtOnce()
    {
        var admin = await server.AdminTokenAsync();
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword);
        var userId = await UserIdAsync(admin, subject);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ITokenRevoker>().RevokeUserAsync(userId, CancellationToken.None);
        }

        using var response = await SendAsync(HttpMethod.Head, "/v3/auth/tokens", null, subject, subject);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        // Tokens issued in the same second as the event are revoked too (Keystone's second-precision issued_at).
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        var fresh = await server.AdminTokenAsync();
        using var ok = await SendAsync(HttpMethod.Head, "/v3/auth/tokens", fresh, fresh);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task GetRevokeEvents_AfterDelete_ListsTheAuditId()
    {
        var system = await server.SystemAdminTokenAsync();
        var subject = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword, "admin");
        var auditId = await AuditIdAsync(system, subject);
        using (await SendAsync(HttpMethod.Delete, "/v3/auth/tokens", system, subject))
        {
        }

        using var response = await SendAsync(HttpMethod.Get, "/v3/OS-REVOKE/events", system, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var future = await SendAsync(HttpMethod.Get, "/v3/OS-REVOKE/events?since=2999-01-01T00:00:00Z", system, null);
        using var futureBody = JsonDocument.Parse(await future.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var revocation = body.RootElement.GetProperty("events").EnumerateArray().Single(e => e.TryGetProperty("audit_id", out var id) && id.GetString() == auditId);
        Assert.EndsWith("Z", revocation.GetProperty("issued_before").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, futureBody.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task AuthCatalogProjectsSystem_AdminToken_ListTheScopes()
    {
        var admin = await server.AdminTokenAsync();

        using var catalog = JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/v3/auth/catalog", admin, null)).Content.ReadAsStringAsync());
        using var projects = JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/v3/auth/projects", admin, null)).Content.ReadAsStringAsync());
        using var system = JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/v3/auth/system", admin, null)).Content.ReadAsStringAsync());
        using var domains = JsonDocument.Parse(await (await SendAsync(HttpMethod.Get, "/v3/auth/domains", admin, null)).Content.ReadAsStringAsync());

        Assert.Contains(catalog.RootElement.GetProperty("catalog").EnumerateArray(), s => s.GetProperty("type").GetString() == "identity");
        Assert.Equal(["admin"], projects.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(system.RootElement.GetProperty("system")[0].GetProperty("all").GetBoolean());
        Assert.Equal(0, domains.RootElement.GetProperty("domains").GetArrayLength());
        Assert.EndsWith("/v3/auth/projects", projects.RootElement.GetProperty("links").GetProperty("self").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> UserIdAsync(string admin, string subject)
    {
        using var response = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", admin, subject);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetProperty("user").GetProperty("id").GetString()!;
    }

    private async Task<string> AuditIdAsync(string admin, string subject)
    {
        using var response = await SendAsync(HttpMethod.Get, "/v3/auth/tokens", admin, subject);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetProperty("audit_ids")[0].GetString()!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? authToken, string? subjectToken, string? header = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (authToken is not null)
        {
            request.WithToken(authToken);
        }
        else if (header is not null)
        {
            request.WithToken(header);
        }

        if (subjectToken is not null)
        {
            request.Headers.Add("X-Subject-Token", subjectToken);
        }

        return server.Client.SendAsync(request);
    }
}
