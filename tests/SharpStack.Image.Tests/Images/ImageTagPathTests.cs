using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageTagPathTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("gabe%40example.com", "gabe@example.com")]
    [InlineData("a%252Fb", "a%2Fb")]
    [InlineData("%C3%A9t%C3%A9", "été")]
    [InlineData("line%0D%0Abreak", "line\r\nbreak")]
    [InlineData("100%25", "100%")]
    public async Task AddTag_PercentEncoded_StoresItDecodedOnceAndRemoveFindsIt(string encoded, string tag)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (added, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/{encoded}", Persona.ProjectMember);
        var shown = await TagsAsync(id);
        var (removed, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/tags/{encoded}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, added);
        Assert.Equal([tag], shown);
        Assert.Equal(HttpStatusCode.NoContent, removed);
        Assert.Empty(await TagsAsync(id));
    }

    [Fact]
    public async Task RemoveTag_OnceDecodedFormOfAnotherTag_AnswersNotFoundAndKeepsIt()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        (await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/a%252Fb", Persona.ProjectMember)).Response.Dispose();

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/tags/a%2Fb", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["a%2Fb"], await TagsAsync(id));
    }

    [Fact]
    public async Task AddTag_EncodedSlash_AnswersNotFoundAsGlancesRouterAndStoresNothing()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/..%2F", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("The resource could not be found.", body.ToString(), StringComparison.Ordinal);
        Assert.Empty(await TagsAsync(id));
    }

    [Fact]
    public async Task RemoveTag_EncodedSlash_AnswersNotFoundEvenForATagSetByPatch()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "slash", "disk_format": "raw", "container_format": "bare", "tags": ["../"]}""");

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/tags/..%2F", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["../"], await TagsAsync(id));
    }

    [Fact]
    public async Task AddTag_255DecodedCharactersFromLongerPath_IsAccepted()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        var encoded = string.Concat(Enumerable.Repeat("%C3%A9", 255));

        var (status, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/{encoded}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal([new string('é', 255)], await TagsAsync(id));
    }

    [Fact]
    public async Task AddTag_256DecodedCharacters_AnswersBadRequestAndStoresNothing()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        var encoded = string.Concat(Enumerable.Repeat("%C3%A9", 256));

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/{encoded}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is too long", body.ToString(), StringComparison.Ordinal);
        Assert.Empty(await TagsAsync(id));
    }

    private async Task<string[]> TagsAsync(string id)
    {
        var (_, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        return [.. body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal)];
    }
}
