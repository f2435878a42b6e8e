using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageVisibilityTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task Show_MissingImage_AnswersNotFoundWithGlanceText()
    {
        var id = Guid.NewGuid().ToString();

        var (status, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.StartsWith($"No image found with ID {id}", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ByName_AnswersNotFoundSoClientsFallBackToListing()
    {
        var (status, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/images/cirros", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task EmptyImageId_AnswersNotFound_CollectionRefusesOtherMethods()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, "/v2/images/", Persona.ProjectMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Delete, "/v2/images/", Persona.ProjectMember)).Status);
        var (status, _, response) = await server.SendAsync(HttpMethod.Delete, "/v2/images", Persona.ProjectMember);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task PrivateImageOfAnotherProject_IsNotFoundForEveryOperation()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "secret", "visibility": "private"}""");

        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectBMember,
            """[{"op": "replace", "path": "/name", "value": "x"}]""", ImageHttp.JsonPatch)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/x", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Post, $"/v2/images/{id}/actions/deactivate", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}/members", Persona.ProjectBMember)).Status);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, "/v2/images?name=secret", Persona.ProjectBMember);
        Assert.Equal(0, list.GetProperty("images").GetArrayLength());

        var (stillThere, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal(HttpStatusCode.OK, stillThere);
        Assert.Equal("secret", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Reader_SeesButCannotWrite()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "readable", "visibility": "private"}""");

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectReader)).Status);
        var (patch, body, _) = await server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectReader,
            """[{"op": "replace", "path": "/name", "value": "x"}]""", ImageHttp.JsonPatch);
        Assert.Equal(HttpStatusCode.Forbidden, patch);
        Assert.StartsWith("You are not authorized to complete modify_image action.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{id}", Persona.ProjectReader)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/x", Persona.ProjectReader)).Status);
    }

    [Fact]
    public async Task PublicAndCommunityImages_AreVisibleToOtherProjects_ButNotWritable()
    {
        var publicId = await server.CreateImageAsync(Persona.CloudAdmin, """{"name": "shared-public", "visibility": "public"}""");
        var communityId = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "shared-community", "visibility": "community"}""");

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{publicId}", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{communityId}", Persona.ProjectBMember)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Patch, $"/v2/images/{communityId}", Persona.ProjectBMember,
            """[{"op": "replace", "path": "/name", "value": "x"}]""", ImageHttp.JsonPatch)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.SendAsync(HttpMethod.Delete, $"/v2/images/{publicId}", Persona.ProjectBMember)).Status);
    }

    [Fact]
    public async Task Admin_SeesEveryProjectsPrivateImages()
    {
        var id = await server.CreateImageAsync(Persona.ProjectBMember, """{"visibility": "private"}""");

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.CloudAdmin)).Status);
    }

    [Fact]
    public async Task AdminOfAnyProject_SeesAnotherProjectsPrivateImage_AsUnderGlancesLegacyPolicies()
    {
        var id = await server.CreateImageAsync(Persona.ProjectBMember, """{"visibility": "private"}""");

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectAdmin)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember)).Status);
    }
}
