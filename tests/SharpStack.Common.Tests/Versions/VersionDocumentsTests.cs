using System.Text.Json;
using SharpStack.Common.Json;
using SharpStack.Common.Microversions;
using SharpStack.Common.Versions;

namespace SharpStack.Common.Tests.Versions;

public sealed class VersionDocumentsTests
{
    private static readonly Uri Root = new("http://cloud:8774/");

    private static JsonElement Serialize(object document) =>
        JsonSerializer.SerializeToElement(document, OpenStackJson.CreateOptions());

    [Fact]
    public void Compute_SingleDocument_HasNovaFields()
    {
        var json = Serialize(VersionDocuments.Document(VersionDocuments.Compute(Root, MicroversionOptions.Compute(new Microversion(2, 95))))).GetProperty("version");

        Assert.Equal("v2.1", json.GetProperty("id").GetString());
        Assert.Equal("2.95", json.GetProperty("version").GetString());
        Assert.Equal("2.1", json.GetProperty("min_version").GetString());
        Assert.Equal("http://cloud:8774/v2.1/", json.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.True(json.TryGetProperty("media-types", out _));
        Assert.False(json.TryGetProperty("max_version", out _));
    }

    [Fact]
    public void Identity_List_IsValuesWrapped()
    {
        var json = Serialize(VersionDocuments.KeystoneList(VersionDocuments.Identity(new Uri("http://cloud:5000"))));

        var version = json.GetProperty("versions").GetProperty("values")[0];
        Assert.Equal("v3.14", version.GetProperty("id").GetString());
        Assert.Equal("stable", version.GetProperty("status").GetString());
        Assert.Equal("http://cloud:5000/v3/", version.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.Equal("application/vnd.openstack.identity-v3+json", version.GetProperty("media-types")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Placement_List_HasMaxVersion()
    {
        var json = Serialize(VersionDocuments.List(VersionDocuments.Placement(Root, MicroversionOptions.Placement(new Microversion(1, 39)))));

        Assert.Equal("1.39", json.GetProperty("versions")[0].GetProperty("max_version").GetString());
    }

    [Fact]
    public void Image_Versions_NewestIsCurrent()
    {
        var versions = VersionDocuments.Image(Root, 16);

        Assert.Equal(("v2.16", "CURRENT"), (versions[0].Id, versions[0].Status));
        Assert.Equal(("v2.0", "SUPPORTED"), (versions[^1].Id, versions[^1].Status));
    }
}
