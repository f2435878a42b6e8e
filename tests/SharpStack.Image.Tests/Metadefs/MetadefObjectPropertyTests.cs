using System.Net;
using SharpStack.Image.Tests.Support;
using static SharpStack.Image.Tests.Metadefs.MetadefNamespaceTests;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Metadefs;

public sealed class MetadefObjectPropertyTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task Object_CreateShowUpdateDelete()
    {
        var ns = await server.CreateNamespaceAsync();
        var objects = $"/v2/metadefs/namespaces/{ns}/objects";

        var (created, body, _) = await server.SendAsync(HttpMethod.Post, objects, Persona.CloudAdmin,
            """{"name": "CPU Limits", "description": "d", "required": [], "properties": {"quota:cpu": {"title": "Q", "type": "integer", "minimum": 0}}}""");
        var (duplicate, duplicateBody, _) = await server.SendAsync(HttpMethod.Post, objects, Persona.CloudAdmin, """{"name": "CPU Limits"}""");
        var (_, shown, _) = await server.SendAsync(HttpMethod.Get, $"{objects}/CPU Limits", Persona.ProjectBMember);
        var (updated, updatedBody, _) = await server.SendAsync(HttpMethod.Put, $"{objects}/CPU Limits", Persona.CloudAdmin, """{"name": "Renamed"}""");
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, objects, Persona.ProjectMember);
        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"{objects}/Renamed", Persona.CloudAdmin);
        var (gone, goneBody, _) = await server.SendAsync(HttpMethod.Get, $"{objects}/Renamed", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal($"/v2/metadefs/namespaces/{ns}/objects/CPU Limits", body.GetProperty("self").GetString());
        Assert.Equal("/v2/schemas/metadefs/object", body.GetProperty("schema").GetString());
        Assert.Equal(0, body.GetProperty("properties").GetProperty("quota:cpu").GetProperty("minimum").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Contains($"A metadata definition object with name=CPU Limits already exists in namespace={ns}.", Message(duplicateBody), StringComparison.Ordinal);
        Assert.Equal("d", shown.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("Renamed", updatedBody.GetProperty("name").GetString());
        Assert.Equal("v2/schemas/metadefs/objects", list.GetProperty("schema").GetString());
        Assert.Equal("Renamed", list.GetProperty("objects")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Contains($"The metadata definition object with name=Renamed was not found in namespace={ns}.", Message(goneBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Object_NameTooLong_AnswersBadRequest()
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/objects", Persona.CloudAdmin,
            $$"""{"name": "{{new string('o', 256)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is too long", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Object_WritesByMember_AnswerForbidden()
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/objects", Persona.ProjectMember, """{"name": "o"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("You are not authorized to complete add_metadef_object action.", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Property_CreateShowUpdateDelete()
    {
        var ns = await server.CreateNamespaceAsync();
        var properties = $"/v2/metadefs/namespaces/{ns}/properties";

        var (created, body, _) = await server.SendAsync(HttpMethod.Post, properties, Persona.CloudAdmin,
            """{"name": "hypervisor_type", "title": "Hypervisor Type", "type": "string", "enum": ["kvm", "qemu"]}""");
        var (duplicate, _, _) = await server.SendAsync(HttpMethod.Post, properties, Persona.CloudAdmin,
            """{"name": "hypervisor_type", "title": "T", "type": "string"}""");
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, properties, Persona.ProjectBMember);
        var (updated, updatedBody, _) = await server.SendAsync(HttpMethod.Put, $"{properties}/hypervisor_type", Persona.CloudAdmin,
            """{"name": "hypervisor_type", "title": "New", "type": "string"}""");
        var (deleted, _, _) = await server.SendAsync(HttpMethod.Delete, $"{properties}/hypervisor_type", Persona.CloudAdmin);
        var (gone, goneBody, _) = await server.SendAsync(HttpMethod.Get, $"{properties}/hypervisor_type", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("hypervisor_type", body.GetProperty("name").GetString());
        Assert.Equal("kvm", body.GetProperty("enum")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Equal("Hypervisor Type", list.GetProperty("properties").GetProperty("hypervisor_type").GetProperty("title").GetString());
        Assert.False(list.GetProperty("properties").GetProperty("hypervisor_type").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal("New", updatedBody.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Contains($"The metadata definition property with name=hypervisor_type was not found in namespace={ns}.", Message(goneBody), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name": "p", "type": "string"}""", "'title' is a required property")]
    [InlineData("""{"name": "p", "title": "P", "type": "text"}""", "is not one of")]
    [InlineData("""{"title": "P", "type": "string"}""", "'name' is a required property")]
    public async Task Property_BadBody_AnswersBadRequest(string json, string message)
    {
        var ns = await server.CreateNamespaceAsync();

        var (status, body, _) = await server.SendAsync(HttpMethod.Post, $"/v2/metadefs/namespaces/{ns}/properties", Persona.CloudAdmin, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Property_ShowWithResourceType_StripsPrefix()
    {
        var ns = await server.CreateNamespaceAsync("""
            "visibility": "public", "resource_type_associations": [{"name": "OS::Glance::Image", "prefix": "hw_"}],
            "properties": {"cpu_cores": {"title": "Cores", "type": "integer"}}
            """);

        var (found, body, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}/properties/hw_cpu_cores?resource_type=OS::Glance::Image", Persona.ProjectMember);
        var (unprefixed, _, _) = await server.SendAsync(HttpMethod.Get, $"/v2/metadefs/namespaces/{ns}/properties/cpu_cores?resource_type=OS::Glance::Image", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, found);
        Assert.Equal("cpu_cores", body.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unprefixed);
    }

    [Fact]
    public async Task ChildrenOfProtectedNamespace_CannotBeDeleted()
    {
        var ns = await server.CreateNamespaceAsync("""
            "protected": true, "properties": {"p": {"title": "P", "type": "string"}}, "objects": [{"name": "o"}]
            """);

        var (property, propertyBody, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{ns}/properties/p", Persona.CloudAdmin);
        var (obj, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{ns}/objects/o", Persona.CloudAdmin);
        var (all, _, _) = await server.SendAsync(HttpMethod.Delete, $"/v2/metadefs/namespaces/{ns}/objects", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, property);
        Assert.Contains("Metadata definition property p is protected and cannot be deleted.", Message(propertyBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, obj);
        Assert.Equal(HttpStatusCode.Forbidden, all);
    }
}
