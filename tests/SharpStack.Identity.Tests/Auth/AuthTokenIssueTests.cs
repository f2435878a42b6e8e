using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Auth;

public sealed class AuthTokenIssueTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private static readonly Uri Tokens = new("/v3/auth/tokens", UriKind.Relative);

    [Fact]
    public async Task Post_PasswordProjectScope_Returns201WithSubjectTokenAndKeystoneBody()
    {
        using var response = await server.Client.PostAsJsonAsync(Tokens,
            TokenClientExtensions.PasswordRequest("admin", IdentityServer.AdminPassword, "Default",
                new JsonObject { ["project"] = new JsonObject { ["name"] = "admin", ["domain"] = new JsonObject { ["id"] = "default" } } }));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var subject = response.Headers.GetValues("X-Subject-Token").Single();
        Assert.DoesNotContain('=', subject);
        var token = body.RootElement.GetProperty("token");
        Assert.Equal(["password"], token.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("admin", token.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("Default", token.GetProperty("user").GetProperty("domain").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, token.GetProperty("user").GetProperty("password_expires_at").ValueKind);
        Assert.Equal("admin", token.GetProperty("project").GetProperty("name").GetString());
        Assert.Equal("default", token.GetProperty("project").GetProperty("domain").GetProperty("id").GetString());
        Assert.False(token.GetProperty("is_domain").GetBoolean());
        Assert.Equal(["admin", "member", "reader"], token.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order());
        Assert.Single(token.GetProperty("audit_ids").EnumerateArray());
        Assert.EndsWith(".000000Z", token.GetProperty("expires_at").GetString(), StringComparison.Ordinal);
        var lifetime = token.GetProperty("expires_at").GetDateTimeOffset() - token.GetProperty("issued_at").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(1), lifetime);
        var identity = token.GetProperty("catalog").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "identity");
        Assert.Equal(3, identity.GetProperty("endpoints").GetArrayLength());
        var endpoint = identity.GetProperty("endpoints")[0];
        Assert.Equal("RegionOne", endpoint.GetProperty("region").GetString());
        Assert.Equal("RegionOne", endpoint.GetProperty("region_id").GetString());
        Assert.True(endpoint.TryGetProperty("id", out _));
        Assert.True(endpoint.TryGetProperty("interface", out _));
        Assert.False(token.TryGetProperty("domain", out _));
        Assert.False(token.TryGetProperty("system", out _));
    }

    [Fact]
    public async Task Post_NoScopeWithDefaultProject_ScopesToDefaultProject()
    {
        using var response = await server.Client.PostAsJsonAsync(Tokens,
            TokenClientExtensions.PasswordRequest("admin", IdentityServer.AdminPassword, "Default", scope: null));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("admin", body.RootElement.GetProperty("token").GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_ExplicitUnscoped_HasNoScopeRolesOrCatalog()
    {
        using var response = await server.Client.PostAsJsonAsync(Tokens,
            TokenClientExtensions.PasswordRequest("admin", IdentityServer.AdminPassword, "Default", "unscoped"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = body.RootElement.GetProperty("token");
        Assert.False(token.TryGetProperty("project", out _));
        Assert.False(token.TryGetProperty("roles", out _));
        Assert.False(token.TryGetProperty("catalog", out _));
    }

    [Fact]
    public async Task Post_SystemScope_ReturnsSystemAll()
    {
        using var response = await server.Client.PostAsJsonAsync(Tokens,
            TokenClientExtensions.PasswordRequest("admin", IdentityServer.AdminPassword, "Default",
                new JsonObject { ["system"] = new JsonObject { ["all"] = true } }));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(body.RootElement.GetProperty("token").GetProperty("system").GetProperty("all").GetBoolean());
    }

    [Fact]
    public async Task Post_UserById_NoCatalog_OmitsCatalog()
    {
        var adminId = await AdminIdAsync();
        var request = JsonNode.Parse("""
            {"auth": {"identity": {"methods": ["password"], "password": {"user": {"id": "ADMIN_ID", "password": "ADMIN_PASSWORD"}}},
                      "scope": {"project": {"name": "admin", "domain": {"name": "Default"}}}}}
            """.Replace("ADMIN_ID", adminId, StringComparison.Ordinal).Replace("ADMIN_PASSWORD", IdentityServer.AdminPassword, StringComparison.Ordinal))!;
        using var response = await server.Client.PostAsJsonAsync(new Uri("/v3/auth/tokens?nocatalog", UriKind.Relative), request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(body.RootElement.GetProperty("token").TryGetProperty("catalog", out _));
    }

    [Fact]
    public async Task Post_WrongPassword_Returns401WithKeystoneMessage()
    {
        using var response = await server.Client.PostAsJsonAsync(Tokens,
            TokenClientExtensions.PasswordRequest("admin", "wrong", "Default", "unscoped"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The request you have made requires authentication.", body.RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(401, body.RootElement.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"admin\", \"domain\": {\"id\": \"default\"}}}}}}", "'password' is a required property")]
    [InlineData("{\"auth\": {\"identity\": {\"password\": {}}}}", "'methods' is a required property")]
    [InlineData("{\"auth\": {\"identity\": {\"methods\": \"password\"}}}", "Invalid input for field 'identity/methods': 'password' is not of type 'array'")]
    [InlineData("{\"nothing\": 1}", "Expecting to find auth in request body")]
    [InlineData("{\"auth\": {\"identity\": {\"methods\": [\"password\"]}}}", "Expecting to find password in identity")]
    public async Task Post_MalformedBody_Returns400NamingTheField(string json, string expected)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(Tokens, content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ProjectWithoutRole_Returns401()
    {
        using var response = await server.Client.PostAsJsonAsync(Tokens,
            TokenClientExtensions.PasswordRequest("admin", IdentityServer.AdminPassword, "Default",
                new JsonObject { ["project"] = new JsonObject { ["name"] = "service", ["domain"] = new JsonObject { ["name"] = "Default" } } }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenMethod_RescopesKeepingExpiryAndAuditChain()
    {
        var unscoped = await server.Client.IssueTokenAsync("admin", IdentityServer.AdminPassword);
        var request = JsonNode.Parse("""
            {"auth": {"identity": {"methods": ["token"], "token": {"id": "TOKEN"}},
                      "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}}
            """.Replace("TOKEN", unscoped, StringComparison.Ordinal))!;
        using var response = await server.Client.PostAsJsonAsync(Tokens, request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var original = await ValidateAsync(unscoped);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = body.RootElement.GetProperty("token");
        Assert.Equal(["password", "token"], token.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Order());
        Assert.Equal("admin", token.GetProperty("project").GetProperty("name").GetString());
        var originalToken = original.RootElement.GetProperty("token");
        Assert.Equal(originalToken.GetProperty("expires_at").GetString(), token.GetProperty("expires_at").GetString());
        Assert.Equal(originalToken.GetProperty("audit_ids")[0].GetString(), token.GetProperty("audit_ids")[1].GetString());
    }

    [Fact]
    public async Task Post_TokenMethodWithInvalidToken_Returns404()
    {
        var request = JsonNode.Parse("""{"auth": {"identity": {"methods": ["token"], "token": {"id": "not-a-token"}}}}""")!;
        using var response = await server.Client.PostAsJsonAsync(Tokens, request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> AdminIdAsync()
    {
        using var body = await ValidateAsync(await server.AdminTokenAsync());
        return body.RootElement.GetProperty("token").GetProperty("user").GetProperty("id").GetString()!;
    }

    private async Task<JsonDocument> ValidateAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Tokens).WithToken(await server.AdminTokenAsync());
        request.Headers.Add("X-Subject-Token", token);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
