using System.Net;
using SharpStack.Image.Tests.Metadefs;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class SchemaMissingParentTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Theory]
    [InlineData("/v2/images/{0}/members", "Image {0} not found.")]
    [InlineData("/v2/metadefs/namespaces/{0}/objects", "Namespace {0} not found")]
    [InlineData("/v2/metadefs/namespaces/{0}/properties", "Namespace {0} not found")]
    [InlineData("/v2/metadefs/namespaces/{0}/tags", "Namespace {0} not found")]
    [InlineData("/v2/metadefs/namespaces/{0}/resource_types", "Namespace {0} not found")]
    public async Task List_UnderMissingParent_AnswersNotFound(string template, string message)
    {
        var missing = Guid.NewGuid().ToString();

        var (status, body, _) = await server.SendAsync(HttpMethod.Get, string.Format(null, template, missing), Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(string.Format(null, message, missing), body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnderAnotherProjectsPrivateNamespace_AnswersNotFound()
    {
        var ns = await server.CreateNamespaceAsync("\"visibility\": \"private\"");

        foreach (var children in new[] { "objects", "properties", "tags", "resource_types" })
        {
            var (status, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}/{children}", Persona.ProjectBMember);
            Assert.Equal(HttpStatusCode.NotFound, status);
        }
    }
}
