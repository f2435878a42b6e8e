using System.Net;
using SharpStack.Image.Tests.Support;
using static SharpStack.Image.Tests.Metadefs.MetadefNamespaceTests;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

public sealed class MetadefResourceTypeTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task List_HasTheSeededTypes()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/metadefs/resource_types", Persona.ProjectReader);

        Assert.Equal(HttpStatusCode.OK, status);
        var names = body.GetProperty("resource_types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("OS::Glance::Image", names);
        Assert.Contains("OS::Nova::Flavor", names);
    }

    [Fact]
    public async Task Associate_ListDissociate()
    {
        var ns = await server.CreateNamespaceAsync();
        var path = $"/v2/metadefs/namespaces/{ns}/resource_types";

        var (created, body, _) = await server.SendAsync(HttpMethod.Post, path, Persona.CloudAdmin,
            """{"name": "OS::Cinder::Volume", "prefix": "hw_", "properties_target": "image"}""");
        var (duplicate, duplicateBody, _) = await server.SendAsync(HttpMethod.Post, path, Persona.CloudAdmin, """{"name": "OS::Cinder::Volume"}""");
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, path, Persona.ProjectBMember);
        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"{path}/OS::Cinder::Volume", Persona.CloudAdmin);
        var (again, againBody, _) = await server.SendAsync(HttpMethod.Delete, $"{path}/OS::Cinder::Volume", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("image", body.GetProperty("properties_target").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Contains($"resource-type=OS::Cinder::Volume to namespace={ns} already exists.", Message(duplicateBody), StringComparison.Ordinal);
        Assert.Equal("hw_", list.GetProperty("resource_type_associations")[0].GetProperty("prefix").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Contains("was not found.", Message(againBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Associate_UnknownType_AnswersNotFound()
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/resource_types", Persona.CloudAdmin, """{"name": "OS::Nope"}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("The metadata definition resource-type with name=OS::Nope, was not found.", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dissociate_FromProtectedNamespace_AnswersForbidden()
    {
        var ns = await server.CreateNamespaceAsync("""
            "protected": true, "resource_type_associations": [{"name": "OS::Nova::Aggregate"}]
            """);

        var (status, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{ns}/resource_types/OS::Nova::Aggregate", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
