using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

/// <summary>Glance's deserializer checks a metadef body before its controller looks the namespace up or checks policy.</summary>
public sealed class MetadefBodyOrderTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("POST", "objects", """{"name": 5}""", "5 is not of type 'string'")]
    [InlineData("POST", "properties", """{"name": "p"}""", "is a required property")]
    [InlineData("POST", "tags", """{"tags": "x"}""", "'x' is not of type 'array'")]
    [InlineData("POST", "resource_types", """{"prefix": "p:"}""", "'name' is a required property")]
    [InlineData("PUT", "objects/o", """{"name": 5}""", "5 is not of type 'string'")]
    [InlineData("PUT", "properties/p", """{"name": "p"}""", "is a required property")]
    [InlineData("PUT", "tags/t", """{"name": 5}""", "5 is not of type 'string'")]
    public async Task Write_BadBodyUnderMissingNamespace_AnswersBadRequest(string method, string child, string json, string message)
    {
        var (status, body, _) = await server.SendAsync(new HttpMethod(method), $"/v2/metadefs/namespaces/{MetadefHttp.NewName()}/{child}", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "objects", """{"name": "o", "self": "x"}""", "self")]
    [InlineData("POST", "properties", """{"name": "p", "title": "P", "type": "string", "created_at": "x"}""", "created_at")]
    [InlineData("POST", "tags", """{"tags": [], "updated_at": "x"}""", "updated_at")]
    [InlineData("POST", "resource_types", """{"name": "OS::Nova::Flavor", "created_at": "x"}""", "created_at")]
    [InlineData("PUT", "tags/t", """{"name": "t", "created_at": "x"}""", "created_at")]
    public async Task Write_ReadOnlyAttributeUnderMissingNamespace_AnswersForbiddenNamingIt(string method, string child, string json, string attribute)
    {
        var (status, body, _) = await server.SendAsync(new HttpMethod(method), $"/v2/metadefs/namespaces/{MetadefHttp.NewName()}/{child}", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains($"Attribute '{attribute}' is read-only.", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resource_types", """{"name": "OS::Nova::Flavor", "self": "x"}""")]
    [InlineData("tags/t", """{"name": "t", "schema": "x"}""")]
    public async Task Write_LinkAttributeWhereOnlyTimestampsAreReadOnly_FailsTheSchema(string child, string json)
    {
        var ns = await server.CreateNamespaceAsync();
        var method = child.Contains('/', StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;

        var (status, body, _) = await server.SendAsync(method, $"/v2/metadefs/namespaces/{ns}/{child}", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Additional properties are not allowed", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateObject_BadBodyFromCallerWithoutPermission_AnswersBadRequestBeforeForbidden()
    {
        var ns = await server.CreateNamespaceAsync();

        var (bad, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/objects", Persona.ProjectMember, """{"name": 5}""");
        var (good, _, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/objects", Persona.ProjectMember, """{"name": "o"}""");

        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal(HttpStatusCode.Forbidden, good);
    }

    [Fact]
    public async Task Namespace_BadBodyFromCallerWithoutPermissionOrForMissingNamespace_AnswersBadRequest()
    {
        var (created, _, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.ProjectMember, """{"namespace": 5}""");
        var (updated, _, _) = await server.SendAsync(HttpMethod.Put, $"/v2/metadefs/namespaces/{MetadefHttp.NewName()}", Persona.CloudAdmin, """{"namespace": 5}""");

        Assert.Equal(HttpStatusCode.BadRequest, created);
        Assert.Equal(HttpStatusCode.BadRequest, updated);
    }

    [Fact]
    public async Task CreateTag_TooLongNameInPathUnderMissingNamespace_AnswersNotFoundAsGlanceLooksUpFirst()
    {
        var ns = MetadefHttp.NewName();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/tags/{new string('t', 300)}", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains($"Namespace {ns} not found", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
