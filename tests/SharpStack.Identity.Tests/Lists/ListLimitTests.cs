using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.EndpointFilter;

namespace SharpStack.Identity.Tests.Lists;

public sealed class ListLimitTests(ListLimitCloud server) : IClassFixture<ListLimitCloud>
{
    [Fact]
    public async Task ListUsers_MoreThanIdentitySectionLimit_HoldsThatManyAndIsTruncated()
    {
        for (var i = 0; i < 4; i++)
        {
            await server.Admin.CreateAsync("v3/users", "user", new JsonObject { ["name"] = Unique("u"), ["domain_id"] = "default" });
        }

        var body = await ListAsync("/v3/users");

        Assert.Equal(3, body["users"]!.AsArray().Count);
        Assert.True(body["truncated"]!.GetValue<bool>());
        Assert.NotNull(body["links"]);
    }

    [Fact]
    public async Task ListProjects_MoreThanDefaultLimit_HoldsDefaultLimitAndIsTruncated()
    {
        for (var i = 0; i < 3; i++)
        {
            await server.Admin.CreateAsync("v3/projects", "project", new JsonObject { ["name"] = Unique("p"), ["domain_id"] = "default" });
        }

        var body = await ListAsync("/v3/projects");

        Assert.Equal(2, body["projects"]!.AsArray().Count);
        Assert.True(body["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListRoles_MoreThanDefaultLimit_HoldsDefaultLimitAndIsTruncated()
    {
        await server.Admin.CreateAsync("v3/roles", "role", new JsonObject { ["name"] = Unique("r") });

        var body = await ListAsync("/v3/roles");

        Assert.Equal(2, body["roles"]!.AsArray().Count);
        Assert.True(body["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListServices_MoreThanCatalogSectionLimit_HoldsOneAndIsTruncated()
    {
        await server.NewServiceAsync();

        var body = await ListAsync("/v3/services");

        Assert.Single(body["services"]!.AsArray());
        Assert.True(body["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListUsers_UnderTheLimit_HasNoTruncatedMember()
    {
        var body = await ListAsync("/v3/users?name=admin");

        Assert.Single(body["users"]!.AsArray());
        Assert.False(body.ContainsKey("truncated"));
    }

    [Fact]
    public async Task ListEndpoints_ExactlyAtTheLimit_HasNoTruncatedMember()
    {
        var serviceId = await server.NewServiceAsync();
        await server.NewEndpointAsync(serviceId, "public");

        var body = await ListAsync($"/v3/endpoints?service_id={serviceId}");

        Assert.Single(body["endpoints"]!.AsArray());
        Assert.False(body.ContainsKey("truncated"));
    }

    private async Task<JsonObject> ListAsync(string path)
    {
        var (status, body) = await server.CallAsync(HttpMethod.Get, path, server.Admin.Token);
        Assert.Equal(200, status);
        return body!.AsObject();
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
