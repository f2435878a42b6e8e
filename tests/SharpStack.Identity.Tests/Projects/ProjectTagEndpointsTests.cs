using System.Net;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Identity.Tests.Projects;

public sealed class ProjectTagEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private async Task<string> CreateProjectAsync(string name)
    {
        var (_, body, _, _) = await server.SendAsync(HttpMethod.Post, "/v3/projects", Persona.SystemAdmin, $$$"""{"project": {"name": "{{{name}}}"}}""");
        return body.Id("project");
    }

    [Fact]
    public async Task ReplaceListCheckAndDelete_Work()
    {
        var id = await CreateProjectAsync("tagged");

        var (putStatus, put, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", Persona.SystemAdmin, """{"tags": ["one", "two"]}""");
        var (_, list, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{id}/tags", Persona.SystemAdmin);
        var (hasOne, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{id}/tags/one", Persona.SystemAdmin);
        var (headOne, _, _, _) = await server.SendAsync(HttpMethod.Head, $"/v3/projects/{id}/tags/one", Persona.SystemAdmin);
        var (hasThree, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{id}/tags/three", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.OK, putStatus);
        Assert.Equal(["one", "two"], put.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["one", "two"], list.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, hasOne);
        Assert.Equal(HttpStatusCode.NoContent, headOne);
        Assert.Equal(HttpStatusCode.NotFound, hasThree);

        var (deleteOne, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{id}/tags/one", Persona.SystemAdmin);
        var (deleteMissing, missing, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{id}/tags/one", Persona.SystemAdmin);
        var (deleteAll, _, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/projects/{id}/tags", Persona.SystemAdmin);
        var (_, empty, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{id}/tags", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NoContent, deleteOne);
        Assert.Equal(HttpStatusCode.NotFound, deleteMissing);
        Assert.Equal("Could not find project tag: one.", missing.ErrorMessage());
        Assert.Equal(HttpStatusCode.NoContent, deleteAll);
        Assert.Empty(empty.GetProperty("tags").EnumerateArray());
    }

    [Fact]
    public async Task Add_ReturnsCreatedWithLocation()
    {
        var id = await CreateProjectAsync("add-one");

        var (status, _, _, headers) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags/fresh", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.EndsWith($"/v3/projects/{id}/tags/fresh", headers.Location!.ToString());
    }

    [Fact]
    public async Task Add_InvalidTag_BadRequest()
    {
        var id = await CreateProjectAsync("bad-tag");

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags/a,b", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("'a,b' does not match '^[^,/]*$'", body.ErrorMessage());
    }

    [Fact]
    public async Task Add_Beyond80_BadRequest()
    {
        var id = await CreateProjectAsync("full");
        var tags = string.Join(", ", Enumerable.Range(0, 80).Select(i => $"\"t{i}\""));
        await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", Persona.SystemAdmin, $$$"""{"tags": [{{{tags}}}]}""");

        var (status, _, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags/one-more", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Replace_Malformed_BadRequestAndUnchanged()
    {
        var id = await CreateProjectAsync("keep-tags");
        await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags/keep", Persona.SystemAdmin);

        var (status, body, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{id}/tags", Persona.SystemAdmin, """{"tags": "keep"}""");
        var (_, list, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{id}/tags", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid input for field/attribute tags. Value: keep. 'keep' is not of type 'array'", body.ErrorMessage());
        Assert.Equal(["keep"], list.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Tags_AsProjectMember_ReadOwnButNotWrite()
    {
        var (read, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{server.Targets.ProjectAId}/tags", Persona.ProjectMember);
        var (write, _, _, _) = await server.SendAsync(HttpMethod.Put, $"/v3/projects/{server.Targets.ProjectAId}/tags/mine", Persona.ProjectMember);
        var (other, _, _, _) = await server.SendAsync(HttpMethod.Get, $"/v3/projects/{server.AdminProjectId}/tags", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.Forbidden, write);
        Assert.Equal(HttpStatusCode.Forbidden, other);
    }

    [Fact]
    public async Task Tags_UnknownProject_NotFound()
    {
        var (status, body, _, _) = await server.SendAsync(HttpMethod.Get, "/v3/projects/nothere/tags", Persona.SystemAdmin);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Could not find project: nothere.", body.ErrorMessage());
    }
}
