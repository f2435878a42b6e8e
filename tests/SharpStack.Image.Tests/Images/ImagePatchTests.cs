using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImagePatchTests(ImageServer server) : IClassFixture<ImageServer>
{
    private Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body, HttpResponseMessage Response)> PatchAsync(
        string id, string json, Persona persona = Persona.ProjectMember, string contentType = ImageHttp.JsonPatch) =>
        server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", persona, json, contentType);

    [Fact]
    public async Task Patch_AddReplaceRemove_CoreAndCustomProperties()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "before", "os_distro": "debian"}""");

        var (status, body, _) = await PatchAsync(id, """
            [
              {"op": "replace", "path": "/name", "value": "after"},
              {"op": "add", "path": "/hw_disk_bus", "value": "scsi"},
              {"op": "replace", "path": "/os_distro", "value": "ubuntu"},
              {"op": "add", "path": "/min_disk", "value": 5},
              {"op": "replace", "path": "/tags", "value": ["x", "y"]},
              {"op": "replace", "path": "/disk_format", "value": "qcow2"},
              {"op": "add", "path": "/protected", "value": true}
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("after", body.GetProperty("name").GetString());
        Assert.Equal("scsi", body.GetProperty("hw_disk_bus").GetString());
        Assert.Equal("ubuntu", body.GetProperty("os_distro").GetString());
        Assert.Equal(5, body.GetProperty("min_disk").GetInt32());
        Assert.Equal("qcow2", body.GetProperty("disk_format").GetString());
        Assert.True(body.GetProperty("protected").GetBoolean());
        Assert.Equal(["x", "y"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order());

        var (removed, after, _) = await PatchAsync(id, """[{"op": "remove", "path": "/hw_disk_bus"}, {"op": "replace", "path": "/protected", "value": false}]""");
        Assert.Equal(HttpStatusCode.OK, removed);
        Assert.False(after.TryGetProperty("hw_disk_bus", out _));
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal("ubuntu", shown.GetProperty("os_distro").GetString());
        Assert.False(shown.TryGetProperty("hw_disk_bus", out _));
    }

    [Theory]
    [InlineData("""[{"op": "replace", "path": "/status", "value": "active"}]""", HttpStatusCode.Forbidden, "Attribute 'status' is read-only.")]
    [InlineData("""[{"op": "replace", "path": "/id", "value": "x"}]""", HttpStatusCode.Forbidden, "Attribute 'id' is read-only.")]
    [InlineData("""[{"op": "add", "path": "/os_glance_x", "value": "x"}]""", HttpStatusCode.Forbidden, "Attribute 'os_glance_x' is reserved.")]
    [InlineData("""[{"op": "remove", "path": "/name"}]""", HttpStatusCode.Forbidden, "Property name may not be removed.")]
    [InlineData("""[{"op": "remove", "path": "/nothing"}]""", HttpStatusCode.Conflict, "Property nothing does not exist.")]
    [InlineData("""[{"op": "replace", "path": "/nothing", "value": "x"}]""", HttpStatusCode.Conflict, "Property nothing does not exist.")]
    [InlineData("""[{"op": "replace", "path": "/visibility", "value": "public"}]""", HttpStatusCode.Forbidden, "You are not authorized to complete publicize_image action.")]
    [InlineData("""[{"op": "replace", "path": "/owner", "value": "someone"}]""", HttpStatusCode.Forbidden, "Owner can't be updated by non admin.")]
    [InlineData("""[{"op": "move", "path": "/name"}]""", HttpStatusCode.BadRequest, "Invalid operation: `move`.")]
    [InlineData("""[{"path": "/name", "value": "x"}]""", HttpStatusCode.BadRequest, "Unable to find `op` in JSON Schema change.")]
    [InlineData("""[{"op": "replace", "value": "x"}]""", HttpStatusCode.BadRequest, "Unable to find 'path' in JSON Schema change")]
    [InlineData("""[{"op": "replace", "path": "name", "value": "x"}]""", HttpStatusCode.BadRequest, "Pointer `name` does not start with \"/\".")]
    [InlineData("""[{"op": "replace", "path": "/a/b", "value": "x"}]""", HttpStatusCode.BadRequest, "Invalid JSON pointer for this resource: '/a/b'")]
    [InlineData("""[{"op": "replace", "path": "/name"}]""", HttpStatusCode.BadRequest, "Operation \"replace\" requires a member named \"value\".")]
    [InlineData("""[{"op": "replace", "path": "/min_ram", "value": "big"}]""", HttpStatusCode.BadRequest, "Provided object does not match schema 'image'")]
    [InlineData("""[{"op": "add", "path": "/custom", "value": 5}]""", HttpStatusCode.BadRequest, "Provided object does not match schema 'image'")]
    [InlineData("""{"op": "replace"}""", HttpStatusCode.BadRequest, "Request body must be a JSON array of operation objects.")]
    [InlineData("""["x"]""", HttpStatusCode.BadRequest, "Operations must be JSON objects.")]
    public async Task Patch_InvalidChange_AnswersGlancesError(string json, HttpStatusCode expected, string message)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "unchanged"}""");

        var (status, body, _) = await PatchAsync(id, json);

        Assert.Equal(expected, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal("unchanged", shown.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_FailingLaterChange_LeavesEarlierChangesUnsaved()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"name": "unchanged"}""");

        var (status, _, _) = await PatchAsync(id, """[{"op": "replace", "path": "/name", "value": "changed"}, {"op": "remove", "path": "/absent"}]""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember);
        Assert.Equal("unchanged", shown.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Patch_OtherMediaType_AnswersUnsupportedMediaTypeWithAcceptPatch()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, response) = await PatchAsync(id, """[{"op": "replace", "path": "/name", "value": "x"}]""", contentType: "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("application/openstack-images-v2.0-json-patch, application/openstack-images-v2.1-json-patch",
            string.Join(", ", response.Headers.GetValues("Accept-Patch")));
    }

    [Fact]
    public async Task Patch_Draft4MediaType_UsesOperationMembers()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await PatchAsync(id, """[{"replace": "/name", "value": "draft4"}]""", contentType: "application/openstack-images-v2.0-json-patch");
        var (again, _, _) = await PatchAsync(id, """[{"add": "/name", "value": "draft4"}]""", contentType: "application/openstack-images-v2.0-json-patch");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("draft4", body.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again);
    }

    [Fact]
    public async Task Patch_Visibility_CommunityAllowedForMember_PublicForAdmin()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (community, communityBody, _) = await PatchAsync(id, """[{"op": "replace", "path": "/visibility", "value": "community"}]""");
        var (publicized, publicBody, _) = await PatchAsync(id, """[{"op": "replace", "path": "/visibility", "value": "public"}]""", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.OK, community);
        Assert.Equal("community", communityBody.GetProperty("visibility").GetString());
        Assert.Equal(HttpStatusCode.OK, publicized);
        Assert.Equal("public", publicBody.GetProperty("visibility").GetString());
    }

    [Fact]
    public async Task Patch_OsHidden_HidesFromDefaultList()
    {
        var tag = "hide" + Guid.NewGuid().ToString("N")[..8];
        var id = await server.CreateImageAsync(Persona.ProjectMember, $$"""{"tags": ["{{tag}}"]}""");

        await PatchAsync(id, """[{"op": "replace", "path": "/os_hidden", "value": true}]""");

        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images?tag={tag}", Persona.ProjectMember);
        Assert.Equal(0, list.GetProperty("images").GetArrayLength());
    }

    [Fact]
    public async Task Patch_Admin_MayChangeOwner()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, body, _) = await PatchAsync(id, $$"""[{"op": "replace", "path": "/owner", "value": "{{server.Targets.ProjectBId}}"}]""", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(server.Targets.ProjectBId, body.GetProperty("owner").GetString());
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectBMember)).Status);
    }
}
