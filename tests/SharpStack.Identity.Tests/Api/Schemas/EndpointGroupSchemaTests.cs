using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>OS-EP-FILTER endpoint group bodies against keystone/catalog/schema.py endpoint_group_create/update_request_body.</summary>
public sealed class EndpointGroupSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private const string Groups = "/v3/OS-EP-FILTER/endpoint_groups";

    [Theory]
    [InlineData("{\"name\": 5, \"filters\": {\"interface\": \"public\"}}", "Invalid input for field/attribute name. Value: 5. 5 is not of type 'string'")]
    [InlineData("{\"name\": \"   \", \"filters\": {\"interface\": \"public\"}}", "Invalid input for field/attribute name. Value:    . '   ' does not match '[\\\\S]+'")]
    [InlineData("{\"name\": \"NAME\", \"filters\": \"x\"}", "Invalid input for field/attribute filters. Value: x. 'x' is not of type 'object'")]
    [InlineData("{\"name\": \"NAME\", \"filters\": {\"enabled\": \"yes\"}}", "Invalid input for field/attribute enabled. Value: yes. 'yes' is not of type 'boolean'")]
    [InlineData("{\"name\": \"NAME\", \"filters\": {\"region_id\": 5}}", "Invalid input for field/attribute region_id. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("{\"name\": \"NAME\"}", "Invalid input for field/attribute endpoint_group. Value: {'name': 'NAME'}. 'filters' is a required property")]
    [InlineData("{\"name\": \"NAME\", \"filters\": {\"interface\": \"public\"}, \"url\": \"x\"}", "Invalid input for field/attribute endpoint_group. Value: {'name': 'NAME', 'filters': {'interface': 'public'}, 'url': 'x'}. Additional properties are not allowed ('url' was unexpected)")]
    public async Task Create_InvalidGroup_BadRequestNamingFieldAndNothingStored(string group, string expected)
    {
        var name = "eg" + Guid.NewGuid().ToString("N")[..8];

        var (status, body) = await server.CallAsync(HttpMethod.Post, Groups, await server.AdminTokenAsync(),
            JsonNode.Parse($"{{\"endpoint_group\": {group.Replace("NAME", name, StringComparison.Ordinal)}}}"));

        Assert.Equal(400, status);
        Assert.Equal(expected.Replace("NAME", name, StringComparison.Ordinal), body.Message());
        var (_, list) = await server.CallAsync(HttpMethod.Get, $"{Groups}?name={name}", await server.AdminTokenAsync());
        Assert.Empty(list!["endpoint_groups"]!.AsArray());
    }

    [Fact]
    public async Task Create_NoGroupMember_PassesTheSchemaThenHasNoFilters()
    {
        var (status, body) = await server.CallAsync(HttpMethod.Post, Groups, await server.AdminTokenAsync(), new JsonObject());

        Assert.Equal(400, status);
        Assert.Equal("filters field is required and cannot be empty", body.Message());
    }

    [Fact]
    public async Task Create_UnknownRootMember_BadRequest()
    {
        var (status, body) = await server.CallAsync(HttpMethod.Post, Groups, await server.AdminTokenAsync(),
            JsonNode.Parse("{\"endpoint_group\": {\"name\": \"g\", \"filters\": {\"interface\": \"public\"}}, \"extra\": 1}"));

        Assert.Equal(400, status);
        Assert.Equal("Additional properties are not allowed ('extra' was unexpected)", body.Message());
    }

    [Theory]
    [InlineData("{}", "'endpoint_group' is a required property")]
    [InlineData("{\"endpoint_group\": {}}", "Invalid input for field/attribute endpoint_group. Value: {}. {} does not have enough properties")]
    [InlineData("{\"endpoint_group\": {\"description\": 5}}", "Invalid input for field/attribute description. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("{\"endpoint_group\": {\"filters\": {\"interface\": \"private\"}}}", "Invalid input for field/attribute interface. Value: private. 'private' is not one of ['admin', 'internal', 'public']")]
    public async Task Update_InvalidGroup_BadRequestAndUnchanged(string json, string expected)
    {
        var admin = await server.AdminTokenAsync();
        var (_, created) = await server.CallAsync(HttpMethod.Post, Groups, admin,
            JsonNode.Parse("{\"endpoint_group\": {\"name\": \"kept\", \"filters\": {\"interface\": \"admin\"}}}"));
        var id = created!["endpoint_group"]!["id"]!.GetValue<string>();

        var (status, body) = await server.CallAsync(HttpMethod.Patch, $"{Groups}/{id}", admin, JsonNode.Parse(json));
        var (_, shown) = await server.CallAsync(HttpMethod.Get, $"{Groups}/{id}", admin);

        Assert.Equal(400, status);
        Assert.Equal(expected, body.Message());
        Assert.Equal("admin", shown!["endpoint_group"]!["filters"]!["interface"]!.GetValue<string>());
        Assert.Null(shown["endpoint_group"]!["description"]);
    }

    [Fact]
    public async Task Update_NullDescription_Accepted()
    {
        var admin = await server.AdminTokenAsync();
        var (_, created) = await server.CallAsync(HttpMethod.Post, Groups, admin,
            JsonNode.Parse("{\"endpoint_group\": {\"name\": \"described\", \"description\": \"d\", \"filters\": {\"interface\": \"admin\"}}}"));
        var id = created!["endpoint_group"]!["id"]!.GetValue<string>();

        var (status, body) = await server.CallAsync(HttpMethod.Patch, $"{Groups}/{id}", admin, JsonNode.Parse("{\"endpoint_group\": {\"description\": null}}"));

        Assert.Equal(200, status);
        Assert.Null(body!["endpoint_group"]!["description"]);
    }
}
