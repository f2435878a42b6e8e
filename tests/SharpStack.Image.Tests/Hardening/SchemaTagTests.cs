using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Metadefs;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class SchemaTagTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task ImageTag_OverLong_AnswersBadRequestAndStoresNothing()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);
        var tag = new string('t', 256);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/{tag}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'image': '{tag}' is too long", Message(body), StringComparison.Ordinal);
        Assert.Equal(0, (await TagsAsync(id)).GetArrayLength());
    }

    [Theory]
    [InlineData("[\"ok\", 5]", "5 is not of type 'string'")]
    [InlineData("\"ok\"", "'ok' is not of type 'array'")]
    [InlineData("[\"ok\", {}]", "{} is not of type 'string'")]
    public async Task PatchTags_ItemOfWrongType_AnswersBadRequestAndChangesNothing(string value, string reason)
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"tags": ["before"]}""");

        var (status, body, _) = await server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectMember,
            $$"""[{"op": "replace", "path": "/tags", "value": {{value}}}]""", ImageHttp.JsonPatch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'image': {reason}", Message(body), StringComparison.Ordinal);
        Assert.Equal(["before"], (await TagsAsync(id)).EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task PatchTags_OverLong_AnswersBadRequestAndChangesNothing()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember, """{"tags": ["before"]}""");
        var tag = new string('t', 256);

        var (status, body, _) = await server.SendAsync(HttpMethod.Patch, $"/v2/images/{id}", Persona.ProjectMember,
            $$"""[{"op": "add", "path": "/tags", "value": ["ok", "{{tag}}"]}]""", ImageHttp.JsonPatch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'image': '{tag}' is too long", Message(body), StringComparison.Ordinal);
        Assert.Equal(["before"], (await TagsAsync(id)).EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task ImageTag_WithCrLf_IsStoredAsGlanceStoresIt()
    {
        var id = await server.CreateImageAsync(Persona.ProjectMember);

        var (status, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/images/{id}/tags/a%0D%0Ab", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(["a\r\nb"], (await TagsAsync(id)).EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task MetadefTag_OverLong_AnswersBadRequestAndStoresNothing()
    {
        var ns = await server.CreateNamespaceAsync();
        var tag = new string('t', 81);
        var beyondColumn = new string('t', 256);

        var (single, singleBody, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/tags/{tag}", Persona.CloudAdmin);
        var (many, manyBody, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/tags", Persona.CloudAdmin,
            $$"""{"tags": [{"name": "ok"}, {"name": "{{beyondColumn}}"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, single);
        Assert.StartsWith($"Provided object does not match schema 'tag': '{tag}' is too long", Message(singleBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, many);
        Assert.StartsWith($"Provided object does not match schema 'tags': '{beyondColumn}' is too long", Message(manyBody), StringComparison.Ordinal);
        Assert.Equal(0, (await MetadefTagsAsync(ns)).GetArrayLength());
    }

    [Fact]
    public async Task MetadefTags_NamesLongerThanTheSingleTagSchema_AreAcceptedInAListAsGlance()
    {
        var ns = await server.CreateNamespaceAsync();
        var tag = new string('t', 81);

        var (status, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/tags", Persona.CloudAdmin, $$"""{"tags": [{"name": "{{tag}}"}]}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal([tag], (await MetadefTagsAsync(ns)).EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("""{"tags": [{"name": 5}]}""", "5 is not of type 'string'")]
    [InlineData("""{"tags": [{"name": "ok"}, "t"]}""", "'t' is not of type 'object'")]
    [InlineData("""{"tags": [{"name": "ok"}, {"name": "x", "extra": 1}]}""", "Additional properties are not allowed ('extra' was unexpected)")]
    [InlineData("""{"tags": [{}]}""", "'name' is a required property")]
    [InlineData("""{"tags": {"name": "t"}}""", "{'name': 't'} is not of type 'array'")]
    public async Task MetadefTags_ItemOfWrongType_AnswersBadRequestAndKeepsExisting(string json, string reason)
    {
        var ns = await server.CreateNamespaceAsync("\"visibility\": \"public\", \"tags\": [{\"name\": \"before\"}]");

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/tags", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'tags': {reason}", Message(body), StringComparison.Ordinal);
        Assert.Equal(["before"], (await MetadefTagsAsync(ns)).EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task MetadefTag_RenameOverLongOrNotAString_AnswersBadRequestAndKeepsName()
    {
        var ns = await server.CreateNamespaceAsync("\"visibility\": \"public\", \"tags\": [{\"name\": \"before\"}]");
        var path = $"/v2/metadefs/namespaces/{ns}/tags/before";

        var (long_, longBody, _) = await server.SendAsync(HttpMethod.Put, path, Persona.CloudAdmin, $$"""{"name": "{{new string('t', 81)}}"}""");
        var (number, numberBody, _) = await server.SendAsync(HttpMethod.Put, path, Persona.CloudAdmin, """{"name": 5}""");

        Assert.Equal(HttpStatusCode.BadRequest, long_);
        Assert.StartsWith($"Provided object does not match schema 'tag': '{new string('t', 81)}' is too long", Message(longBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, number);
        Assert.StartsWith("Provided object does not match schema 'tag': 5 is not of type 'string'", Message(numberBody), StringComparison.Ordinal);
        Assert.Equal(["before"], (await MetadefTagsAsync(ns)).EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    private async Task<JsonElement> TagsAsync(string id) =>
        (await server.SendAsync(HttpMethod.Get, $"/v2/images/{id}", Persona.ProjectMember)).Body.GetProperty("tags");

    private async Task<JsonElement> MetadefTagsAsync(string ns) =>
        (await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}/tags", Persona.CloudAdmin)).Body.GetProperty("tags");

    private static string? Message(JsonElement body) => body.GetProperty("message").GetString();
}
