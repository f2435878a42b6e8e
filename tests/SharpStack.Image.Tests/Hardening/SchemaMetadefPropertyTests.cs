using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Metadefs;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class SchemaMetadefPropertyTests(ImageServer server) : IClassFixture<ImageServer>
{
    private const string Valid = "\"name\": \"p\", \"title\": \"P\", \"type\": \"string\"";

    [Theory]
    [InlineData("\"required\": 5", "5 is not of type 'array'")]
    [InlineData("\"required\": [1]", "1 is not of type 'string'")]
    [InlineData("\"minimum\": \"1\"", "'1' is not of type 'number'")]
    [InlineData("\"maximum\": true", "True is not of type 'number'")]
    [InlineData("\"enum\": \"a\"", "'a' is not of type 'array'")]
    [InlineData("\"default\": 5", "5 is not of type 'string'")]
    [InlineData("\"default\": {\"a\": 1}", "{'a': 1} is not of type 'string'")]
    [InlineData("\"minLength\": -1", "-1 is less than the minimum of 0")]
    [InlineData("\"maxItems\": 1.5", "1.5 is not of type 'integer'")]
    [InlineData("\"readonly\": \"yes\"", "'yes' is not of type 'boolean'")]
    [InlineData("\"items\": {\"type\": 5}", "5 is not of type 'string'")]
    [InlineData("\"operators\": [1]", "1 is not of type 'string'")]
    public async Task Create_FieldOfWrongType_AnswersBadRequestAndStoresNothing(string field, string reason)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/properties", Persona.CloudAdmin, $$"""{{{Valid}}, {{field}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'property': {reason}", Message(body), StringComparison.Ordinal);
        await AssertNoPropertiesAsync(ns);
    }

    [Theory]
    [InlineData("""{"name": "p", "title": 5}""", "'type' is a required property")]
    [InlineData("""{"name": "p", "title": "P", "type": 5}""", "5 is not of type 'string'")]
    [InlineData("""{"name": "p", "title": "P", "type": "string", "bogus": 5, "minimum": "x"}""", "Additional properties are not allowed ('bogus' was unexpected)")]
    public async Task Create_SeveralFailures_AnswersTheOneNearestTheRootAsGlance(string json, string reason)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/properties", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith($"Provided object does not match schema 'property': {reason}", Message(body), StringComparison.Ordinal);
        await AssertNoPropertiesAsync(ns);
    }

    [Theory]
    [InlineData("""{"name": "p", "title": "P", "type": 5}""")]
    [InlineData("""{"name": "p", "title": "P", "type": null}""")]
    [InlineData("""{"name": "p", "title": "P", "type": "text"}""")]
    [InlineData("""{"name": "p", "title": ["P"], "type": "string"}""")]
    [InlineData("""{"name": 5, "title": "P", "type": "string"}""")]
    public async Task Create_NameTypeOrTitleOfWrongType_AnswersBadRequestAndStoresNothing(string json)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/properties", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Provided object does not match schema 'property': ", Message(body), StringComparison.Ordinal);
        await AssertNoPropertiesAsync(ns);
    }

    [Theory]
    [InlineData("\"minimum\": 1e309")]
    [InlineData("\"maximum\": -1e309")]
    [InlineData("\"default\": 1e309")]
    public async Task Create_NumberOverflowingDouble_AnswersBadRequestAndNeverEchoesIt(string field)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, _, response) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/properties", Persona.CloudAdmin, $$"""{{{Valid}}, {{field}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("e309", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await AssertNoPropertiesAsync(ns);
    }

    [Fact]
    public async Task Update_FieldOfWrongType_AnswersBadRequestAndKeepsTheProperty()
    {
        var ns = await server.CreateNamespaceAsync();
        var path = $"/v2/metadefs/namespaces/{ns}/properties";
        Assert.Equal(HttpStatusCode.Created, (await server.SendAsync(HttpMethod.Post, path, Persona.CloudAdmin, $$"""{{{Valid}}, "minimum": 1}""")).Status);

        var (status, body, _) = await server.SendAsync(HttpMethod.Put, $"{path}/p", Persona.CloudAdmin, $$"""{{{Valid}}, "minimum": "2"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Provided object does not match schema 'property': '2' is not of type 'number'", Message(body), StringComparison.Ordinal);
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"{path}/p", Persona.CloudAdmin);
        Assert.Equal(1, shown.GetProperty("minimum").GetInt32());
    }

    [Fact]
    public async Task Create_StringDefaultAndNumericBounds_AreStoredAsGiven()
    {
        var ns = await server.CreateNamespaceAsync();
        var path = $"/v2/metadefs/namespaces/{ns}/properties";

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, path, Persona.CloudAdmin,
            """{"name": "port", "title": "Port", "type": "integer", "default": "443", "minimum": 1, "maximum": 65535.5, "required": ["a"], "enum": [1, "b"]}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("443", body.GetProperty("default").GetString());
        Assert.Equal(65535.5, body.GetProperty("maximum").GetDouble());
    }

    private async Task AssertNoPropertiesAsync(string ns)
    {
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}/properties", Persona.CloudAdmin);
        Assert.Empty(list.GetProperty("properties").EnumerateObject());
    }

    private static string? Message(JsonElement body) => body.GetProperty("message").GetString();
}
