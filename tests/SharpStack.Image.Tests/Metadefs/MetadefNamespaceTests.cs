using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

public sealed class MetadefNamespaceTests(ImageServer server) : IClassFixture<ImageServer>
{
    private string A => server.Targets.ProjectAId;

    [Fact]
    public async Task Create_WithChildren_ShowsThemAll()
    {
        var name = MetadefHttp.NewName();
        var json = $$$"""
            {"namespace": "{{{name}}}", "display_name": "Libvirt", "visibility": "public", "protected": true,
             "resource_type_associations": [{"name": "OS::Glance::Image", "prefix": "hw_"}],
             "properties": {"boot_menu": {"title": "Boot Menu", "type": "string", "enum": ["true", "false"]}},
             "objects": [{"name": "CPU", "required": ["cores"], "properties": {"cores": {"title": "Cores", "type": "integer"} } }],
             "tags": [{"name": "t1"}]}
            """;

        var (status, created, response) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, json);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.ProjectBMember);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(server.Targets.AdminProjectId, created.GetProperty("owner").GetString());
        Assert.Equal($"/v2/metadefs/namespaces/{name}", created.GetProperty("self").GetString());
        Assert.Equal("/v2/schemas/metadefs/namespace", created.GetProperty("schema").GetString());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith($"/v2/metadefs/namespaces/{name}", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.True(shown.GetProperty("protected").GetBoolean());
        Assert.Equal("hw_", shown.GetProperty("resource_type_associations")[0].GetProperty("prefix").GetString());
        Assert.Equal("Boot Menu", shown.GetProperty("properties").GetProperty("boot_menu").GetProperty("title").GetString());
        Assert.Equal("CPU", shown.GetProperty("objects")[0].GetProperty("name").GetString());
        Assert.Equal("t1", shown.GetProperty("tags")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Show_WithResourceType_PrefixesPropertyNames()
    {
        var name = await server.CreateNamespaceAsync("""
            "visibility": "public", "resource_type_associations": [{"name": "OS::Nova::Flavor", "prefix": "hw:"}],
            "properties": {"cpu": {"title": "CPU", "type": "string"}},
            "objects": [{"name": "o", "required": ["x"], "properties": {"x": {"title": "X", "type": "string"}}}]
            """);

        var (_, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}?resource_type=OS::Nova::Flavor", Persona.CloudAdmin);

        Assert.True(body.GetProperty("properties").TryGetProperty("hw:cpu", out _));
        Assert.True(body.GetProperty("objects")[0].GetProperty("properties").TryGetProperty("hw:x", out _));
        Assert.Equal("hw:x", body.GetProperty("objects")[0].GetProperty("required")[0].GetString());
    }

    [Fact]
    public async Task Create_Duplicate_AnswersConflict()
    {
        var name = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, $$"""{"namespace": "{{name}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains($"The metadata definition namespace={name} already exists.", Message(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"display_name": "x"}""", "'namespace' is a required property")]
    [InlineData("""{"namespace": "x", "visibility": "shared"}""", "is not one of")]
    [InlineData("""{"namespace": "x", "bogus": 1}""", "Additional properties are not allowed")]
    [InlineData("""{"namespace": "x", "protected": "yes"}""", "is not of type 'boolean'")]
    public async Task Create_BadBody_AnswersBadRequest(string json, string message)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ReadOnlyAttribute_AnswersForbidden()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, """{"namespace": "x", "self": "/y"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Attribute 'self' is read-only.", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ByMember_AnswersForbiddenAndCreatesNothing()
    {
        var name = MetadefHttp.NewName();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.ProjectMember, $$"""{"namespace": "{{name}}"}""");
        var (show, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("You are not authorized to complete add_metadef_namespace action.", Message(body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, show);
    }

    [Fact]
    public async Task PrivateNamespace_VisibleToOwnerOnly()
    {
        var name = await server.CreateNamespaceAsync($$"""
            "visibility": "private", "owner": "{{A}}"
            """);

        var (owner, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.ProjectReader);
        var (other, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.ProjectBMember);
        var (otherObjects, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}/objects", Persona.ProjectBMember);
        var (_, listA, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces?limit=1000", Persona.ProjectMember);
        var (_, listB, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces?limit=1000", Persona.ProjectBMember);

        Assert.Equal(HttpStatusCode.OK, owner);
        Assert.Equal(HttpStatusCode.NotFound, other);
        Assert.Equal(HttpStatusCode.NotFound, otherObjects);
        Assert.Contains(name, Names(listA));
        Assert.DoesNotContain(name, Names(listB));
    }

    [Fact]
    public async Task Delete_Protected_AnswersForbiddenUntilUnprotected()
    {
        var name = await server.CreateNamespaceAsync("\"protected\": true");

        var (refused, body, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin);
        var (updated, updatedBody, _) = await server.SendAsync(HttpMethod.Put, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin,
            $$"""{"namespace": "{{name}}", "protected": false}""");
        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin);
        var (gone, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains($"Metadata definition namespace {name} is protected and cannot be deleted.", Message(body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("private", updatedBody.GetProperty("visibility").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    [Fact]
    public async Task Update_RenameOntoExisting_AnswersConflict()
    {
        var first = await server.CreateNamespaceAsync();
        var second = await server.CreateNamespaceAsync();

        var (status, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/metadefs/namespaces/{second}", Persona.CloudAdmin, $$"""{"namespace": "{{first}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task List_WithLimit_LinksToNextPage()
    {
        var names = new[] { await server.CreateNamespaceAsync(), await server.CreateNamespaceAsync() };

        var (_, page, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces?limit=1&sort_key=created_at&sort_dir=desc", Persona.CloudAdmin);
        var next = page.GetProperty("next").GetString()!;
        var (_, second, _) = await server.SendAsync(HttpMethod.Get, next, Persona.CloudAdmin);

        Assert.Equal(names[1], Names(page).Single());
        Assert.Equal("/v2/metadefs/namespaces?limit=1&sort_key=created_at&sort_dir=desc", page.GetProperty("first").GetString());
        Assert.Equal("/v2/schemas/metadefs/namespaces", page.GetProperty("schema").GetString());
        Assert.Equal(names[0], Names(second).Single());
    }

    [Theory]
    [InlineData("limit=x", "limit param must be an integer")]
    [InlineData("limit=-1", "limit param must be positive")]
    [InlineData("sort_dir=up", "Invalid sort direction: up")]
    [InlineData("visibility=shared", "Invalid visibility value: shared")]
    public async Task List_BadQuery_AnswersBadRequest(string query, string message)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces?{query}", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ByResourceTypeAndVisibility_Filters()
    {
        var cinder = await server.CreateNamespaceAsync("""
            "visibility": "public", "resource_type_associations": [{"name": "OS::Cinder::Volume"}]
            """);
        var plain = await server.CreateNamespaceAsync();

        var (_, byType, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces?resource_types=OS::Cinder::Volume,OS::Trove::Instance&limit=1000", Persona.ProjectMember);
        var (_, privateOnly, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces?visibility=private&limit=1000", Persona.CloudAdmin);

        Assert.Contains(cinder, Names(byType));
        Assert.DoesNotContain(plain, Names(byType));
        Assert.DoesNotContain(plain, Names(privateOnly));
    }

    [Fact]
    public async Task DeleteObjectsPropertiesTags_KeepsNamespace()
    {
        var name = await server.CreateNamespaceAsync("""
            "visibility": "public", "properties": {"p": {"title": "P", "type": "string"}},
            "objects": [{"name": "o"}], "tags": [{"name": "t"}]
            """);

        var statuses = new List<HttpStatusCode>();
        foreach (var children in new[] { "objects", "properties", "tags" })
        {
            statuses.Add((await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{name}/{children}", Persona.CloudAdmin)).Status);
        }

        var (shown, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.Equal(HttpStatusCode.OK, shown);
        Assert.False(body.TryGetProperty("objects", out _));
        Assert.False(body.TryGetProperty("properties", out _));
        Assert.False(body.TryGetProperty("tags", out _));
    }

    [Fact]
    public async Task Missing_AnswersNotFound()
    {
        var (show, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/namespaces/nope", Persona.CloudAdmin);
        var (delete, deleteBody, _) = await server.SendAsync(HttpMethod.Delete, "/v2/metadefs/namespaces/nope", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.NotFound, show);
        Assert.Contains("Metadata definition namespace=nope was not found.", Message(body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, delete);
        Assert.Contains("Namespace nope not found", Message(deleteBody), StringComparison.Ordinal);
    }

    internal static string Message(JsonElement body) => body.GetProperty("message").GetString() ?? "";

    private static List<string?> Names(JsonElement list) =>
        [.. list.GetProperty("namespaces").EnumerateArray().Select(n => n.GetProperty("namespace").GetString())];
}
