using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageDeleteTests(ImageDeleteTests.Server server) : IClassFixture<ImageDeleteTests.Server>
{
    [Fact]
    public async Task Delete_AsksHandlersThenImageIsGone()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, status);
        var deletion = Assert.Single(server.Handler.Deleted, d => d.ImageId == id);
        Assert.Equal("queued", deletion.Status);
        Assert.Equal(server.Targets.ProjectAId, deletion.Owner);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember)).Status);
        var (again, body, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.StartsWith($"Failed to find image {id} to delete", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images?id=in:{id}", Persona.ProjectMember);
        Assert.Equal(0, list.GetProperty("images").GetArrayLength());
    }

    [Fact]
    public async Task Delete_ProtectedImage_AnswersForbiddenAndKeepsIt()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"protected": true}""");

        var (status, body, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith($"Image {id} is protected and cannot be deleted.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Handler.Deleted, d => d.ImageId == id);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember)).Status);
    }

    [Fact]
    public async Task Delete_HandlerRefuses_ImageStays()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        server.Handler.Refuse[id] = true;

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember)).Status);
    }

    [Fact]
    public async Task Delete_IdCannotBeReused()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, $$"""{"id": "{{id}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    /// <summary>The Image API with a <see cref="RecordingDeletionHandler"/> registered.</summary>
    public sealed class Server : ImageServer
    {
        internal RecordingDeletionHandler Handler { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IImageDeletionHandler>(Handler);
    }
}
