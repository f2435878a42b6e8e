using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Images;

public sealed class ImageCreateTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task Create_MinimalBody_AnswersCreatedWithGlanceDefaults()
    {
        var (status, body, response) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, "{}");

        Assert.Equal(HttpStatusCode.Created, status);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("queued", body.GetProperty("status").GetString());
        Assert.Equal("shared", body.GetProperty("visibility").GetString());
        Assert.Equal(server.Targets.ProjectAId, body.GetProperty("owner").GetString());
        Assert.False(body.GetProperty("protected").GetBoolean());
        Assert.False(body.GetProperty("os_hidden").GetBoolean());
        Assert.Equal(0, body.GetProperty("min_disk").GetInt32());
        Assert.Equal(0, body.GetProperty("min_ram").GetInt32());
        foreach (var nullAttribute in new[] { "name", "disk_format", "container_format", "size", "virtual_size", "checksum", "os_hash_algo", "os_hash_value" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty(nullAttribute).ValueKind);
        }

        Assert.Equal($"/v2/images/{id}", body.GetProperty("self").GetString());
        Assert.Equal($"/v2/images/{id}/file", body.GetProperty("file").GetString());
        Assert.Equal("/v2/schemas/image", body.GetProperty("schema").GetString());
        Assert.Equal(0, body.GetProperty("tags").GetArrayLength());
        Assert.False(body.TryGetProperty("stores", out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", body.GetProperty("created_at").GetString()!);
        Assert.Equal("glance-direct,web-download,copy-image", response.Headers.GetValues("OpenStack-image-import-methods").Single());
        Assert.Equal("file", response.Headers.GetValues("OpenStack-image-store-ids").Single());
        Assert.EndsWith($"/v2/images/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithIdTagsAndCustomProperties_ShowsThemAtTopLevel()
    {
        var id = Guid.NewGuid().ToString();
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember,
            $$"""{"id": "{{id}}", "name": "cirros", "disk_format": "qcow2", "container_format": "bare", "tags": ["a", "b", "a"], "os_distro": "cirros", "hw_disk_bus": "virtio", "min_ram": 64}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal("cirros", body.GetProperty("os_distro").GetString());
        Assert.Equal("virtio", body.GetProperty("hw_disk_bus").GetString());
        Assert.Equal(64, body.GetProperty("min_ram").GetInt32());
        Assert.Equal(["a", "b"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order());

        var (again, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, $$"""{"id": "{{id}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, again);
    }

    [Theory]
    [InlineData("""{"disk_format": "floppy"}""", "is not one of")]
    [InlineData("""{"container_format": "zip"}""", "is not one of")]
    [InlineData("""{"name": 5}""", "is not of type")]
    [InlineData("""{"min_ram": -1}""", "Cannot be a negative value")]
    [InlineData("""{"protected": "yes"}""", "is not of type 'boolean'")]
    [InlineData("""{"visibility": "everyone"}""", "is not one of")]
    [InlineData("""{"id": "not-a-uuid"}""", "does not match")]
    [InlineData("""{"custom": 1}""", "1 is not of type 'string'")]
    [InlineData("""{"tags": ["ok", 3]}""", "is not of type")]
    [InlineData("[]", "is not of type 'object'")]
    [InlineData("{not json", "Malformed JSON in request body.")]
    public async Task Create_InvalidBody_AnswersBadRequest(string json, string message)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status": "active"}""", "Attribute 'status' is read-only.")]
    [InlineData("""{"checksum": "abc"}""", "Attribute 'checksum' is read-only.")]
    [InlineData("""{"size": 10}""", "Attribute 'size' is read-only.")]
    [InlineData("""{"self": "x"}""", "Attribute 'self' is read-only.")]
    [InlineData("""{"stores": "file"}""", "Attribute 'stores' is read-only.")]
    [InlineData("""{"os_glance_import_task": "x"}""", "Attribute 'os_glance_import_task' is reserved.")]
    [InlineData("""{"deleted": "x"}""", "Attribute 'deleted' is reserved.")]
    public async Task Create_ReadOnlyOrReservedAttribute_AnswersForbidden(string json, string message)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, json);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EmptyBody_AnswersBadRequest()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, "");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Body expected in request.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OwnerOfAnotherProject_OnlyAdminMay()
    {
        var (memberStatus, memberBody, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember,
            $$"""{"owner": "{{server.Targets.ProjectBId}}"}""");
        var (adminStatus, adminBody, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.CloudAdmin,
            $$"""{"owner": "{{server.Targets.ProjectBId}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, memberStatus);
        Assert.StartsWith($"You are not permitted to create images owned by '{server.Targets.ProjectBId}'", memberBody.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, adminStatus);
        Assert.Equal(server.Targets.ProjectBId, adminBody.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Create_Public_OnlyAdminMay_CommunityAnyMember()
    {
        var (publicStatus, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, """{"visibility": "public"}""");
        var (communityStatus, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, """{"visibility": "community"}""");
        var (adminStatus, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.CloudAdmin, """{"visibility": "public"}""");

        Assert.Equal(HttpStatusCode.Forbidden, publicStatus);
        Assert.Equal(HttpStatusCode.Created, communityStatus);
        Assert.Equal(HttpStatusCode.Created, adminStatus);
    }

    [Fact]
    public async Task Create_Reader_AnswersForbidden()
    {
        var (status, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectReader, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Create_TooManyTags_AnswersRequestEntityTooLarge()
    {
        var tags = string.Join(",", Enumerable.Range(0, 129).Select(i => $"\"t{i}\""));

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, $$"""{"tags": [{{tags}}]}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }
}
