using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

/// <summary>A NUL character, which PostgreSQL's text cannot hold, is a 400 in a body string or a query value, and changes nothing.</summary>
public sealed class NulCharacterTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task Patch_EscapedNulInName_400NamingPathAndUnchanged()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "nul-kept"}""");

        var (status, body, _) = await server.SendAsync(
            HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectMember, """[{"op": "replace", "path": "/name", "value": "a\u0000b"}]""", ImageHttp.JsonPatch);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(@"Malformed request body: a NUL character (\u0000) in the string at $[0].value.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("nul-kept", shown.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/v2/images?name=%00", "name")]
    [InlineData("/v2/images?tag=x%00", "tag")]
    public async Task List_NulInQueryValue_400NamingParameter(string path, string parameter)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, path, Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"Invalid query parameter {parameter}: a NUL character (%00) is not allowed.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
