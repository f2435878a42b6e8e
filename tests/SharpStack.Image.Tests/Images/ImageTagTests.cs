using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageTagTests(ImageServer server) : IClassFixture<ImageServer>
{
    private async Task<string[]> TagsAsync(string id)
    {
        var (_, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        return [.. body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).Order()];
    }

    [Fact]
    public async Task AddTag_IsIdempotent_AndRemoveTakesItAway()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/blue", Persona.ProjectMember)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/blue", Persona.ProjectMember)).Status);
        Assert.Equal(["blue"], await TagsAsync(id));
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/tags/blue", Persona.ProjectMember)).Status);
        Assert.Empty(await TagsAsync(id));
    }

    [Fact]
    public async Task RemoveTag_Absent_AnswersNotFound()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}/tags/none", Persona.ProjectMember)).Status);
    }

    [Fact]
    public async Task AddTag_MissingImage_AnswersNotFound()
    {
        var id = Guid.NewGuid();

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/x", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.StartsWith($"Image {id} not found.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTag_TooLong_AnswersBadRequest()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/{new string('t', 256)}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task AddTag_BeyondLimit_AnswersRequestEntityTooLarge()
    {
        var tags = string.Join(",", Enumerable.Range(0, 128).Select(i => $"\"t{i}\""));
        var id = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"tags": [{{tags}}]}""");

        var (status, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/one-more", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task AddTag_OtherProjectOnPublicImage_AnswersForbidden()
    {
        var id = await server.CreateImageAsync(Persona.CloudAdmin, """{"visibility": "public"}""");

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/x", Persona.ProjectBMember);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith($"Not allowed to update tags for image {id}.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
