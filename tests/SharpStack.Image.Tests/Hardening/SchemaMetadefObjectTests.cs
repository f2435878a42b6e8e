using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Metadefs;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class SchemaMetadefObjectTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("\"required\": 5", "5 is not of type 'array'")]
    [InlineData("\"required\": [true]", "True is not of type 'string'")]
    [InlineData("\"description\": 5", "5 is not of type 'string'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"required\": \"x\"}}", "'x' is not of type 'array'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"minimum\": {}}}", "{} is not of type 'number'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"enum\": 1}}", "1 is not of type 'array'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\", \"type\": \"string\", \"default\": [1]}}", "[1] is not of type 'string'")]
    [InlineData("\"properties\": {\"p\": {\"title\": \"P\"}}", "'type' is a required property")]
    [InlineData("\"properties\": {\"p\": 5}", "5 is not of type 'object'")]
    public async Task Create_FieldOfWrongType_AnswersBadRequestAndStoresNothing(string field, string reason)
    {
        var ns = await server.CreateNamespaceAsync();
        var objects = $"/v2/metadefs/namespaces/{ns}/objects";

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, objects, Persona.CloudAdmin, $$"""{"name": "o", {{field}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'object': {reason}", Message(body), StringComparison.Ordinal);
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, objects, Persona.CloudAdmin);
        Assert.Equal(0, list.GetProperty("objects").GetArrayLength());
    }

    [Fact]
    public async Task Update_FieldOfWrongType_AnswersBadRequestAndChangesNothing()
    {
        var ns = await server.CreateNamespaceAsync();
        var objects = $"/v2/metadefs/namespaces/{ns}/objects";
        Assert.Equal(HttpStatusCode.Created, (await server.SendAsync(HttpMethod.Post, objects, Persona.CloudAdmin, """{"name": "o", "description": "Before"}""")).Status);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"{objects}/o", Persona.CloudAdmin,
            """{"name": "o", "description": "After", "properties": {"p": {"title": "P", "type": "string", "required": 1}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Provided object does not match schema 'object': 1 is not of type 'array'", Message(body), StringComparison.Ordinal);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"{objects}/o", Persona.CloudAdmin);
        Assert.Equal("Before", shown.GetProperty("description").GetString());
    }

    private static string? Message(JsonElement body) => body.GetProperty("message").GetString();
}
