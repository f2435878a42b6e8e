using System.Net;
using SharpStack.Image.Tests.Import;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Stores;

public sealed class StoreInfoTests(MultiStoreServer server) : IClassFixture<MultiStoreServer>
{
    [Fact]
    public async Task InfoImport_ListsTheEnabledMethods()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/import", Persona.ProjectReader);

        Assert.Equal(HttpStatusCode.OK, status);
        var methods = body.GetProperty("import-methods");
        Assert.Equal("Import methods available.", methods.GetProperty("description").GetString());
        Assert.Equal("array", methods.GetProperty("type").GetString());
        Assert.Equal(["glance-direct", "web-download", "copy-image"], methods.GetProperty("value").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task InfoStores_ListsEveryStoreWithTheDefaultMarked()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/stores", Persona.ProjectReader);

        Assert.Equal(HttpStatusCode.OK, status);
        var stores = body.GetProperty("stores").EnumerateArray().ToList();
        Assert.Equal(["fast", "cheap"], stores.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("true", stores[0].GetProperty("default").GetString());
        Assert.Equal("Fast local disk", stores[0].GetProperty("description").GetString());
        Assert.False(stores[1].TryGetProperty("default", out _));
    }

    [Fact]
    public async Task InfoStoresDetail_AdminOnly_WithTypeWeightAndProperties()
    {
        var (member, _, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/stores/detail", Persona.ProjectMember);
        var (admin, body, _) = await server.SendAsync(HttpMethod.Get, "/v2/info/stores/detail", Persona.CloudAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, member);
        Assert.Equal(HttpStatusCode.OK, admin);
        var cheap = body.GetProperty("stores").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "cheap");
        Assert.Equal("file", cheap.GetProperty("type").GetString());
        Assert.Equal(10, cheap.GetProperty("weight").GetInt32());
        Assert.EndsWith(Path.Combine("images", "cheap"), cheap.GetProperty("properties").GetProperty("data_dir").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateImage_AnnouncesImportMethodsAndStoreIds()
    {
        var (status, _, response) = await server.SendAsync(HttpMethod.Post, "/v2/images", Persona.ProjectMember, """{"name": "headers", "disk_format": "raw", "container_format": "bare"}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("glance-direct,web-download,copy-image", response.Headers.GetValues("OpenStack-image-import-methods").Single());
        Assert.Equal("fast,cheap", response.Headers.GetValues("OpenStack-image-store-ids").Single());
    }
}
