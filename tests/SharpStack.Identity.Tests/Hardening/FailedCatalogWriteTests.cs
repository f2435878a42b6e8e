using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>Writes made of several statements (a region tree, a domain's whole configuration) commit whole or not at all.</summary>
public sealed class FailedCatalogWriteTests(FailingWritesCloud cloud) : IClassFixture<FailingWritesCloud>
{
    [Fact]
    public async Task DeleteRegion_RowDeleteFailsAfterParentLinksCut_TreeKept()
    {
        var parent = "failing-" + Guid.NewGuid().ToString("N")[..8];
        var child = parent + "-child";
        await cloud.Admin.SendAsync(HttpMethod.Post, "v3/regions", new JsonObject { ["region"] = new JsonObject { ["id"] = parent } });
        await cloud.Admin.SendAsync(HttpMethod.Post, "v3/regions", new JsonObject { ["region"] = new JsonObject { ["id"] = child, ["parent_region_id"] = parent } });

        await cloud.FailAsync(HttpMethod.Delete, $"v3/regions/{parent}", sql: "DELETE FROM region");

        var shown = await cloud.Admin.SendAsync(HttpMethod.Get, $"v3/regions/{child}");
        Assert.Equal(parent, shown!["region"]!["parent_region_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplaceDomainConfig_InsertFailsAfterOldRowsDeleted_OldConfigKept()
    {
        var domainId = await cloud.Admin.CreateAsync("v3/domains", "domain", new JsonObject { ["name"] = "d-" + Guid.NewGuid().ToString("N")[..12] });
        var config = $"v3/domains/{domainId}/config";
        await cloud.Admin.SendAsync(HttpMethod.Put, config, JsonNode.Parse("""{"config": {"identity": {"driver": "ldap"}}}"""));

        await cloud.FailAsync(HttpMethod.Put, config, """{"config": {"identity": {"driver": "sql"}}}""", sql: "INSERT INTO domain_config");

        var shown = await cloud.Admin.SendAsync(HttpMethod.Get, config);
        Assert.Equal("ldap", shown!["config"]!["identity"]!["driver"]!.GetValue<string>());
    }
}
