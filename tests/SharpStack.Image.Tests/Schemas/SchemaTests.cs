using System.Net;
using System.Text.Json;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Schemas;

public sealed class SchemaTests(ImageServer server) : IClassFixture<ImageServer>
{
    [Fact]
    public async Task ImageSchema_IsPermissiveWithGlancesLinksAndFormats()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/schemas/image", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("image", body.GetProperty("name").GetString());
        Assert.Equal("string", body.GetProperty("additionalProperties").GetProperty("type").GetString());
        Assert.Equal(["self:{self}", "enclosure:{file}", "describedby:{schema}"],
            body.GetProperty("links").EnumerateArray().Select(l => $"{l.GetProperty("rel").GetString()}:{l.GetProperty("href").GetString()}"));
        var properties = body.GetProperty("properties");
        var diskFormats = properties.GetProperty("disk_format").GetProperty("enum").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, diskFormats[0].ValueKind);
        Assert.Equal(["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"], diskFormats.Skip(1).Select(f => f.GetString()));
        Assert.True(properties.GetProperty("status").GetProperty("readOnly").GetBoolean());
        Assert.False(properties.GetProperty("os_distro").GetProperty("is_base").GetBoolean());
        foreach (var name in new[] { "id", "name", "visibility", "protected", "os_hidden", "checksum", "os_hash_algo", "os_hash_value", "owner", "size", "virtual_size", "container_format", "created_at", "updated_at", "tags", "direct_url", "min_ram", "min_disk", "self", "file", "stores", "schema", "locations" })
        {
            Assert.True(properties.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task ImagesSchema_WrapsTheImageSchema()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/schemas/images", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("images", body.GetProperty("name").GetString());
        Assert.Equal("image", body.GetProperty("properties").GetProperty("images").GetProperty("items").GetProperty("name").GetString());
        Assert.Equal(["first", "next", "describedby"], body.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()));
    }

    [Fact]
    public async Task MemberSchemas_AreTheMinimalForms()
    {
        var (_, member, _) = await server.SendAsync(HttpMethod.Get, "/v2/schemas/member", Persona.ProjectMember);
        var (_, members, _) = await server.SendAsync(HttpMethod.Get, "/v2/schemas/members", Persona.ProjectMember);

        Assert.Equal(["name", "properties"], member.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["pending", "accepted", "rejected"], member.GetProperty("properties").GetProperty("status").GetProperty("enum").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("members", members.GetProperty("name").GetString());
        Assert.Equal("member", members.GetProperty("properties").GetProperty("members").GetProperty("items").GetProperty("name").GetString());
        Assert.Equal(["describedby"], members.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()));
    }
}
