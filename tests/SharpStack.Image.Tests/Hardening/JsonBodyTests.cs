using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Persistence;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

/// <summary>Bodies with duplicate keys or invalid Unicode are a 400 naming the JSON path, and change nothing.</summary>
public sealed class JsonBodyTests(ImageServer server) : IClassFixture<ImageServer>
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

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendBytesAsync(HttpMethod method, string path, byte[] body, Persona persona, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("X-Auth-Token", await server.TokenAsync(persona));
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    private async Task<int> ImageCountAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImageDbContext>().Images.CountAsync();
    }

    private async Task<string> SharedImageAsync()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "json-shared", "visibility": "shared"}""");
        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{server.Targets.ProjectBId}}"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        return id;
    }

    [Fact]
    public async Task Patch_OperationWithOpTwice_400AndUnchanged()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "unchanged"}""");

        var (status, body, _) = await server.SendAsync(
            HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectMember, """[{"op": "replace", "op": "add", "path": "/name", "value": "x"}]""", ImageHttp.JsonPatch);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Malformed request body: duplicate key at $[0].op.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("unchanged", shown.GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateMember_StatusTwice_400AndStillPending()
    {
        var id = await SharedImageAsync();
        var member = server.Targets.ProjectBId;

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/members/{member}", Persona.ProjectBMember, """{"status": "accepted", "status": "rejected"}""");
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members/{member}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Malformed request body: duplicate key at $.status.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("pending", shown.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AddMember_MemberTwice_400AndNoMember()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "json-shared", "visibility": "shared"}""");

        var (status, body, _) = await server.SendAsync(
            HttpMethod.Post, $"/v2/images/{id}/members", Persona.ProjectMember, $$"""{"member": "{{server.Targets.ProjectBId}}", "member": "{{server.Targets.ProjectCId}}"}""");
        var (_, members, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Malformed request body: duplicate key at $.member.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(members.GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task CreateNamespace_DuplicateKeyInProperty_400()
    {
        var (status, body, _) = await server.SendAsync(
            HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin,
            """{"namespace": "json-duplicate", "properties": {"p": {"title": "P", "type": "string", "type": "integer"}}}""");
        var (shown, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces/json-duplicate", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Malformed request body: duplicate key at $.properties.p.type.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, shown);
    }

    [Theory]
    [MemberData(nameof(InvalidText))]
    public async Task CreateImage_InvalidUnicode_400NamingFieldAndNothingStored(string problem, byte[] bytes)
    {
        var before = await ImageCountAsync();

        var (status, body) = await SendBytesAsync(HttpMethod.Post, "/v2/images", [.. """{"name": "json-text-"""u8, .. bytes, .. "\"}"u8], Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Malformed request body: {problem} in the string at $.name.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ImageCountAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidText))]
    public async Task Patch_InvalidUnicodeInValue_400NamingFieldAndUnchanged(string problem, byte[] bytes)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "unchanged"}""");

        var (status, body) = await SendBytesAsync(
            HttpMethod.Patch, $"/v2/images/{id}", [.. """[{"op": "replace", "path": "/name", "value": "x"""u8, .. bytes, .. "\"}]"u8], Persona.ProjectMember, ImageHttp.JsonPatch);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Malformed request body: {problem} in the string at $[0].value.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("unchanged", shown.GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreateNamespace_NumberBeyondDouble_400NamingPath()
    {
        var (status, body, _) = await server.SendAsync(
            HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin,
            """{"namespace": "json-number", "properties": {"p": {"title": "P", "type": "number", "minimum": 1e309}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Malformed request body: the number at $.properties.p.minimum is out of range.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
