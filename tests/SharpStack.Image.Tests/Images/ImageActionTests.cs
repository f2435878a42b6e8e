using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageActionTests(ImageServer server) : IClassFixture<ImageServer>
{
    private async Task<string> ActiveImageAsync()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        await db.Images.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, ImageStatus.Active));
        return id;
    }

    private async Task<string> StatusAsync(string id)
    {
        var (_, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.CloudAdmin);
        return body.GetProperty("status").GetString()!;
    }

    [Fact]
    public async Task DeactivateThenReactivate_MovesBetweenActiveAndDeactivated()
    {
        var id = await ActiveImageAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/deactivate", Persona.CloudAdmin)).Status);
        Assert.Equal("deactivated", await StatusAsync(id));
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/deactivate", Persona.CloudAdmin)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/reactivate", Persona.CloudAdmin)).Status);
        Assert.Equal("active", await StatusAsync(id));
    }

    [Fact]
    public async Task Deactivate_QueuedImage_AnswersForbiddenAsGlance()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/deactivate", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith("Not allowed to deactivate image in status 'queued'", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("queued", await StatusAsync(id));
    }

    [Fact]
    public async Task Deactivate_ByOtherProjectOrReader_IsRefused()
    {
        var id = await ActiveImageAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/deactivate", Persona.ProjectReader)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/deactivate", Persona.ProjectBMember)).Status);
        Assert.Equal("active", await StatusAsync(id));
    }

    [Fact]
    public async Task Status_CannotBeChangedThroughPatch()
    {
        var id = await ActiveImageAsync();

        var (status, _, _) = await server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", Persona.CloudAdmin,
            """[{"op": "replace", "path": "/status", "value": "deactivated"}]""", ImageHttp.JsonPatch);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("active", await StatusAsync(id));
    }

    [Fact]
    public async Task DiskFormat_OfActiveImage_CannotBeReplaced()
    {
        var id = await ActiveImageAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectMember,
            """[{"op": "replace", "path": "/disk_format", "value": "qcow2"}]""", ImageHttp.JsonPatch);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith("Attribute disk_format can be only replaced for a queued image.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
