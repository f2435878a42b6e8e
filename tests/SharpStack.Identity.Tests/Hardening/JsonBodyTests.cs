using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>Bodies with duplicate keys, invalid Unicode, deep nesting or overflowing numbers are a 400 naming the JSON path, and change nothing.</summary>
public sealed class JsonBodyTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    public static TheoryData<string, byte[]> InvalidText => new()
    {
        { "invalid UTF-8", [0xFF, 0xFE] },
        { "invalid UTF-8", [0xC0, 0xAF] },
        { "invalid UTF-8", [0xED, 0xA0, 0x80] },
        { "an escaped lone surrogate (invalid UTF-16)", "\\ud800"u8.ToArray() },
        { "an escaped lone surrogate (invalid UTF-16)", "\\udc00"u8.ToArray() },
        { "an escaped lone surrogate (invalid UTF-16)", "\\ud800x"u8.ToArray() },
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendBytesAsync(HttpMethod method, string path, byte[] body, Persona? persona = Persona.SystemAdmin)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (persona is { } caller)
        {
            request.Headers.Add("X-Auth-Token", await server.TokenAsync(caller));
        }

        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    private Task<int> UserCountAsync() => server.WithDbAsync(db => db.Users.CountAsync());

    private async Task<string> CreateUserAsync(string name)
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/users", Persona.SystemAdmin, $$$"""{"user": {"name": "{{{name}}}", "description": "kept"}}""");
        Assert.Equal(HttpStatusCode.Created, status);
        return body.Id("user");
    }

    [Fact]
    public async Task UpdateUser_DuplicateKey_400NamingPathAndUnchanged()
    {
        var id = await CreateUserAsync("json-duplicate");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v3/users/{id}", Persona.SystemAdmin, """{"user": {"description": "a", "description": "b"}}""");
        var (_, shown, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{id}", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Malformed request body: duplicate key at $.user.description.", body.ErrorMessage());
        Assert.Equal("kept", shown.GetProperty("user").GetProperty("description").GetString());
    }

    [Fact]
    public async Task IssueToken_DuplicateKey_400()
    {
        var body = """
            {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "admin", "name": "admin", "domain": {"id": "default"}, "password": "secret"}}}}}
            """;

        var (status, fault) = await SendBytesAsync(HttpMethod.Post, "/v3/auth/tokens", Encoding.UTF8.GetBytes(body), persona: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Malformed request body: duplicate key at $.auth.identity.password.user.name.", fault.ErrorMessage());
    }

    [Theory]
    [MemberData(nameof(InvalidText))]
    public async Task CreateUser_InvalidUnicode_400NamingFieldAndNothingStored(string problem, byte[] bytes)
    {
        var before = await UserCountAsync();

        var (status, body) = await SendBytesAsync(HttpMethod.Post, "/v3/users", [.. """{"user": {"name": "json-text-"""u8, .. bytes, .. "\"}}"u8]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"Malformed request body: {problem} in the string at $.user.name.", body.ErrorMessage());
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task CreateUser_InvalidUnicodeInKey_400NamingObject()
    {
        var (status, body) = await SendBytesAsync(HttpMethod.Post, "/v3/users", [.. """{"user": {"name": "json-key", "x"""u8, 0xC0, 0xAF, .. "\": 1}}"u8]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Malformed request body: invalid UTF-8 in a key of the object at $.user.", body.ErrorMessage());
    }

    [Fact]
    public async Task CreateProject_NestedTooDeeply_400NamingPath()
    {
        var json = """{"project": {"name": "json-deep", "extra": """ + new string('[', 31) + new string(']', 31) + "}}";

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Malformed request body: nested deeper than 32 levels at $.project.extra" + string.Concat(Enumerable.Repeat("[0]", 30)) + ".", body.ErrorMessage());
    }

    [Fact]
    public async Task CreateRegion_NumberBeyondDouble_400NamingPath()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/regions", Persona.SystemAdmin, """{"region": {"id": "json-number", "extra": 1e309}}""");
        var (shown, _, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/regions/json-number", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Malformed request body: the number at $.region.extra is out of range.", body.ErrorMessage());
        Assert.Equal(HttpStatusCode.NotFound, shown);
    }

    [Fact]
    public async Task CreateCredential_Ec2BlobWithDuplicateKey_400AndNothingStored()
    {
        var blob = JsonSerializer.Serialize("""{"access": "a", "access": "b", "secret": "s"}""");
        var json = $$$"""{"credential": {"type": "ec2", "user_id": "{{{server.AdminUserId}}}", "project_id": "{{{server.AdminProjectId}}}", "blob": {{{blob}}}}}""";
        var before = await server.WithDbAsync(db => db.Credentials.CountAsync());

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/credentials", Persona.SystemAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid blob in credential", body.ErrorMessage());
        Assert.Equal(before, await server.WithDbAsync(db => db.Credentials.CountAsync()));
    }
}
