using System.Net;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

public sealed class MetadefSchemaTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("namespace", "namespace")]
    [InlineData("namespaces", "namespaces")]
    [InlineData("object", "object")]
    [InlineData("objects", "objects")]
    [InlineData("property", "property")]
    [InlineData("properties", "properties")]
    [InlineData("resource_type", "resource_type_association")]
    [InlineData("resource_types", "resource_type_associations")]
    [InlineData("tag", "tag")]
    [InlineData("tags", "tags")]
    public async Task Get_AnswersTheNamedSchema(string path, string name)
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/schemas/metadefs/{path}", Persona.ProjectReader);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.True(body.TryGetProperty("properties", out _));
    }
}
