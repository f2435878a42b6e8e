using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.EndpointFilter;

public sealed class EndpointGroupEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private const string Groups = "/v3/OS-EP-FILTER/endpoint_groups";

    [Fact]
    public async Task CreateShowUpdateDelete_RoundTrip()
    {
        var admin = await server.AdminTokenAsync();
        var (status, created) = await server.CallAsync(HttpMethod.Post, Groups, admin, Group("g1", new JsonObject { ["service_id"] = "s1" }));
        var id = created!["endpoint_group"]!["id"]!.GetValue<string>();

        var (showStatus, shown) = await server.CallAsync(HttpMethod.Get, $"{Groups}/{id}", admin);
        var (headStatus, _) = await server.CallAsync(HttpMethod.Head, $"{Groups}/{id}", admin);
        var (updateStatus, updated) = await server.CallAsync(HttpMethod.Patch, $"{Groups}/{id}", admin,
            new JsonObject { ["endpoint_group"] = new JsonObject { ["name"] = "g2", ["filters"] = new JsonObject { ["service_id"] = "s2" } } });
        var (listStatus, list) = await server.CallAsync(HttpMethod.Get, Groups, admin);
        var (deleteStatus, _) = await server.CallAsync(HttpMethod.Delete, $"{Groups}/{id}", admin);
        var (goneStatus, gone) = await server.CallAsync(HttpMethod.Get, $"{Groups}/{id}", admin);

        Assert.Equal(201, status);
        Assert.Equal("description of g1", created["endpoint_group"]!["description"]!.GetValue<string>());
        Assert.Equal(new Uri(server.BaseUri, $"v3/OS-EP-FILTER/endpoint_groups/{id}").ToString(), created["endpoint_group"]!["links"]!["self"]!.GetValue<string>());
        Assert.Equal(200, showStatus);
        Assert.Equal("s1", shown!["endpoint_group"]!["filters"]!["service_id"]!.GetValue<string>());
        Assert.Equal(200, headStatus);
        Assert.Equal(200, updateStatus);
        Assert.Equal("g2", updated!["endpoint_group"]!["name"]!.GetValue<string>());
        Assert.Equal("s2", updated["endpoint_group"]!["filters"]!["service_id"]!.GetValue<string>());
        Assert.Equal(200, listStatus);
        Assert.Contains(list!["endpoint_groups"]!.AsArray(), g => g!["id"]!.GetValue<string>() == id);
        Assert.Equal(204, deleteStatus);
        Assert.Equal(404, goneStatus);
        Assert.Equal($"Could not find Endpoint Group: {id}.", gone.Message());
    }

    [Theory]
    [InlineData("""{"endpoint_group": {"name": "g", "filters": {}}}""", "filters field is required and cannot be empty")]
    [InlineData("""{"endpoint_group": {"name": "g", "filters": {"url": "x"}}}""", "Expecting to find service_id or region_id or interface in endpoint_group.")]
    [InlineData("""{"endpoint_group": {"filters": {"service_id": "x"}}}""", "'name' is a required property")]
    [InlineData("""{"endpoint_group": {"name": "g", "filters": {"interface": "private"}}}""", "is not one of ['admin', 'internal', 'public']")]
    public async Task Create_InvalidBody_Returns400(string json, string message)
    {
        var (status, body) = await server.CallAsync(HttpMethod.Post, Groups, await server.AdminTokenAsync(), JsonNode.Parse(json));

        Assert.Equal(400, status);
        Assert.Contains(message, body.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_OfGroup_AreThoseMatchingItsFilters()
    {
        var admin = await server.AdminTokenAsync();
        var (_, created) = await server.CallAsync(HttpMethod.Post, Groups, admin, Group("public", new JsonObject { ["interface"] = "public" }));
        var id = created!["endpoint_group"]!["id"]!.GetValue<string>();

        var (status, body) = await server.CallAsync(HttpMethod.Get, $"{Groups}/{id}/endpoints", admin);

        Assert.Equal(200, status);
        var endpoints = body!["endpoints"]!.AsArray();
        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Equal("public", e!["interface"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ProjectAssociation_PutCheckListDelete()
    {
        var admin = await server.AdminTokenAsync();
        var (_, projectId, _) = await server.MemberAsync();
        var (_, created) = await server.CallAsync(HttpMethod.Post, Groups, admin, Group("assoc", new JsonObject { ["interface"] = "public" }));
        var id = created!["endpoint_group"]!["id"]!.GetValue<string>();
        var association = $"{Groups}/{id}/projects/{projectId}";

        var (putStatus, _) = await server.CallAsync(HttpMethod.Put, association, admin);
        var (duplicateStatus, _) = await server.CallAsync(HttpMethod.Put, association, admin);
        var (getStatus, got) = await server.CallAsync(HttpMethod.Get, association, admin);
        var (projectsStatus, projects) = await server.CallAsync(HttpMethod.Get, $"{Groups}/{id}/projects", admin);
        var (endpointsStatus, endpoints) = await server.CallAsync(HttpMethod.Get, $"/v3/OS-EP-FILTER/projects/{projectId}/endpoints", admin);
        var (deleteStatus, _) = await server.CallAsync(HttpMethod.Delete, association, admin);
        var (goneStatus, gone) = await server.CallAsync(HttpMethod.Get, association, admin);

        Assert.Equal(204, putStatus);
        Assert.Equal(409, duplicateStatus);
        Assert.Equal(200, getStatus);
        Assert.Equal(projectId, got!["project_endpoint_group"]!["project_id"]!.GetValue<string>());
        Assert.Equal(200, projectsStatus);
        Assert.Equal(projectId, projects!["projects"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(200, endpointsStatus);
        Assert.NotEmpty(endpoints!["endpoints"]!.AsArray());
        Assert.Equal(204, deleteStatus);
        Assert.Equal(404, goneStatus);
        Assert.Equal("Endpoint Group Project Association not found", gone.Message());
    }

    [Fact]
    public async Task Create_ByProjectMember_Returns403()
    {
        var (_, _, token) = await server.MemberAsync();

        var (status, _) = await server.CallAsync(HttpMethod.Post, Groups, token, Group("denied", new JsonObject { ["interface"] = "public" }));

        Assert.Equal(403, status);
    }

    private static JsonObject Group(string name, JsonObject filters) => new()
    {
        ["endpoint_group"] = new JsonObject { ["name"] = name, ["description"] = $"description of {name}", ["filters"] = filters },
    };
}
