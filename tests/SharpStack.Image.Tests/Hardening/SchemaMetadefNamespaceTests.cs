using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Metadefs;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class SchemaMetadefNamespaceTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("\"display_name\": 5", "5 is not of type 'string'")]
    [InlineData("\"protected\": \"yes\"", "'yes' is not of type 'boolean'")]
    [InlineData("\"properties\": []", "[] is not of type 'object'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"required\": 5}}", "5 is not of type 'array'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"minimum\": \"x\"}}", "'x' is not of type 'number'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"enum\": {}}}", "{} is not of type 'array'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"default\": true}}", "True is not of type 'string'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": 7}}", "7 is not of type 'string'")]
    [InlineData("\"properties\": {\"p\": {\"type\": \"string\"}}", "'title' is a required property")]
    [InlineData("\"properties\": {\"p\": {\"title\": 5}}", "'type' is a required property")]
    [InlineData("\"objects\": [{\"name\": 5}]", "5 is not of type 'string'")]
    [InlineData("\"objects\": [{\"name\": \"o\", \"required\": \"x\"}]", "'x' is not of type 'array'")]
    [InlineData("\"objects\": [{\"name\": \"o\", \"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"maximum\": []}}}]", "[] is not of type 'number'")]
    [InlineData("\"resource_type_associations\": [{\"name\": \"OS::Glance::Image\", \"prefix\": 5}]", "5 is not of type 'string'")]
    [InlineData("\"resource_type_associations\": [{\"name\": \"OS::Glance::Image\", \"properties_target\": false}]", "False is not of type 'string'")]
    [InlineData("\"tags\": [{\"name\": 5}]", "5 is not of type 'string'")]
    [InlineData("\"tags\": [\"t\"]", "'t' is not of type 'object'")]
    public async Task Create_FieldOfWrongType_AnswersBadRequestAndStoresNothing(string field, string reason)
    {
        var name = MetadefHttp.NewName();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin, $$"""{"namespace": "{{name}}", {{field}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'namespace': {reason}", Message(body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin)).Status);
    }

    [Fact]
    public async Task Create_NumberOverflowingDouble_AnswersBadRequestAndStoresNothing()
    {
        var name = MetadefHttp.NewName();

        var (status, _, response) = await server.SendAsync(HttpMethod.Post, "/v2/metadefs/namespaces", Persona.CloudAdmin,
            "{\"namespace\": \"" + name + "\", \"properties\": {\"p\": {\"title\": \"P\", \"type\": \"number\", \"minimum\": 1e309}}}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("e309", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{name}", Persona.CloudAdmin)).Status);
    }

    [Fact]
    public async Task Update_FieldOfWrongType_AnswersBadRequestAndChangesNothing()
    {
        var ns = await server.CreateNamespaceAsync("\"visibility\": \"public\", \"display_name\": \"Before\"");

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"/v2/metadefs/namespaces/{ns}", Persona.CloudAdmin,
            $$"""{"namespace": "{{ns}}", "display_name": "After", "visibility": 1}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Provided object does not match schema 'namespace': 1 is not of type 'string'", Message(body), StringComparison.Ordinal);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}", Persona.CloudAdmin);
        Assert.Equal("Before", shown.GetProperty("display_name").GetString());
    }

    [Theory]
    [InlineData("""{"name": "OS::Glance::Image", "prefix": 5}""", "5 is not of type 'string'")]
    [InlineData("""{"name": "OS::Glance::Image", "prefix": "hw_", "properties_target": []}""", "[] is not of type 'string'")]
    [InlineData("""{"name": 5}""", "5 is not of type 'string'")]
    public async Task Associate_FieldOfWrongType_AnswersBadRequestAndStoresNothing(string json, string reason)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/resource_types", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'resource_type_association': {reason}", Message(body), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}/resource_types", Persona.CloudAdmin);
        Assert.Equal(0, list.GetProperty("resource_type_associations").GetArrayLength());
    }

    private static string? Message(JsonElement body) => body.GetProperty("message").GetString();
}
