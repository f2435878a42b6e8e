using System.Net;
using SharpStack.Image.Tests.Support;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageDeleteTests(DeletionHandlerServer server) : IClassFixture<DeletionHandlerServer>
{
    [Fact]
    public async Task Delete_AsksHandlersThenImageIsGone()
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA);

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", ImagePersona.MemberA);

        Assert.Equal(HttpStatusCode.NoContent, status);
        var deletion = Assert.Single(server.Handler.Deleted, d => d.ImageId == id);
        Assert.Equal("queued", deletion.Status);
        Assert.Equal(ImageApiServer.ProjectAId, deletion.Owner);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberA)).Status);
        var (again, body, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", ImagePersona.MemberA);
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.StartsWith($"Failed to find image {id} to delete", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images?id=in:{id}", ImagePersona.MemberA);
        Assert.Equal(0, list.GetProperty("images").GetArrayLength());
    }

    [Fact]
    public async Task Delete_ProtectedImage_AnswersForbiddenAndKeepsIt()
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA, """{"protected": true}""");

        var (status, body, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", ImagePersona.MemberA);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith($"Image {id} is protected and cannot be deleted.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Handler.Deleted, d => d.ImageId == id);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberA)).Status);
    }

    [Fact]
    public async Task Delete_HandlerRefuses_ImageStays()
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA);
        server.Handler.Refuse[id] = true;

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", ImagePersona.MemberA);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", ImagePersona.MemberA)).Status);
    }

    [Fact]
    public async Task Delete_IdCannotBeReused()
    {
        var id = await server.CreateImageAsync(ImagePersona.MemberA);
        await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", ImagePersona.MemberA);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", ImagePersona.MemberA, $$"""{"id": "{{id}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
    }
}
