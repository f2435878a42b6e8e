using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Support;
using static SharpStack.Image.Tests.Metadefs.MetadefNamespaceTests;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

public sealed class MetadefTagTests(ImageServer server) : IClassFixture<ImageServer>
{
    private const string ThreeTags = """{"tags": [{"name": "sample-tag1"}, {"name": "sample-tag2"}, {"name": "sample-tag3"}]}""";

    [Fact]
    public async Task CreateMany_ReplacesUnlessAppendHeader()
    {
        var ns = await server.CreateNamespaceAsync();
        var tags = $"/v2/metadefs/namespaces/{ns}/tags";

        var (created, body, _) = await server.SendAsync(HttpMethod.Post, tags, Persona.CloudAdmin, ThreeTags);
        await server.SendAsync(HttpMethod.Post, tags, Persona.CloudAdmin, """{"tags": [{"name": "replaced"}]}""");
        var (_, afterReplace, _) = await server.SendAsync(HttpMethod.Get, tags, Persona.ProjectMember);
        var appended = await SendWithAppendAsync(tags, """{"tags": [{"name": "more"}]}""");
        var (_, afterAppend, _) = await server.SendAsync(HttpMethod.Get, tags, Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(3, body.GetProperty("tags").GetArrayLength());
        Assert.Equal(["replaced"], Names(afterReplace));
        Assert.Equal(HttpStatusCode.Created, appended);
        Assert.Equal(["more", "replaced"], Names(afterAppend));
    }

    [Fact]
    public async Task CreateMany_DuplicateIgnoringCase_AnswersConflictAndKeepsTags()
    {
        var ns = await server.CreateNamespaceAsync();
        var tags = $"/v2/metadefs/namespaces/{ns}/tags";
        await server.SendAsync(HttpMethod.Post, tags, Persona.CloudAdmin, ThreeTags);

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, tags, Persona.CloudAdmin, """{"tags": [{"name": "a"}, {"name": "A"}]}""");
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, tags, Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("(Please note that metadata tag names are case insensitive).", Message(body), StringComparison.Ordinal);
        Assert.Equal(3, Names(list).Count);
    }

    [Fact]
    public async Task One_CreateShowUpdateDelete()
    {
        var ns = await server.CreateNamespaceAsync();
        var tags = $"/v2/metadefs/namespaces/{ns}/tags";

        var (created, body, _) = await server.SendAsync(HttpMethod.Post, $"{tags}/added-tag", Persona.CloudAdmin);
        var (duplicate, _, _) = await server.SendAsync(HttpMethod.Post, $"{tags}/ADDED-TAG", Persona.CloudAdmin);
        var (shown, _, _) = await server.SendAsync(HttpMethod.Get, $"{tags}/added-tag", Persona.ProjectBMember);
        var (updated, updatedBody, _) = await server.SendAsync(HttpMethod.Put, $"{tags}/added-tag", Persona.CloudAdmin, """{"name": "renamed"}""");
        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"{tags}/renamed", Persona.CloudAdmin);
        var (gone, goneBody, _) = await server.SendAsync(HttpMethod.Get, $"{tags}/renamed", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("added-tag", body.GetProperty("name").GetString());
        Assert.True(body.TryGetProperty("created_at", out _));
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Equal(HttpStatusCode.OK, shown);
        Assert.Equal("renamed", updatedBody.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Contains($"The metadata definition tag with name=renamed was not found in namespace={ns}.", Message(goneBody), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"tags": "a"}""", "is not of type 'array'")]
    [InlineData("""{"tags": [{"name": "a", "x": 1}]}""", "Additional properties are not allowed ('x' was unexpected)")]
    [InlineData("""{"tags": [], "x": 1}""", "Additional properties are not allowed ('x' was unexpected)")]
    public async Task CreateMany_BadBody_AnswersBadRequest(string json, string message)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/tags", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAll_ByMember_AnswersForbidden()
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{ns}/tags", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    private async Task<HttpStatusCode> SendWithAppendAsync(string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Add("X-Auth-Token", await server.TokenAsync(Persona.CloudAdmin));
        request.Headers.Add("X-Openstack-Append", "True");
        request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static List<string?> Names(JsonElement list) =>
        [.. list.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString())];
}
