using System.Net;
using SharpStack.Identity.Tests.Support;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>keystone/identity/schema.py group_create_request_body and group_update_request_body, through HTTP.</summary>
public sealed class GroupSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private Task<int> CountAsync(string name) => server.CountAsync($"/v3/groups?name={name}", "groups");

    [Fact]
    public async Task Create_DescriptionNumber_BadRequestAndNotStored()
    {
        var name = Unique("g");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/groups", $$$"""{"group": {"name": "{{{name}}}", "description": 5}}""");

        response.AssertRefused("Invalid input for field/attribute description. Value: 5. 5 is not of type 'string', 'null'");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_WithoutGroup_BadRequest()
    {
        var before = await server.CountAsync("/v3/groups", "groups");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/groups", """{"name": "loose"}""");

        response.AssertRefused("'group' is a required property");
        Assert.Equal(before, await server.CountAsync("/v3/groups", "groups"));
    }

    [Fact]
    public async Task Create_BlankName_BadRequestAndNotStored()
    {
        var response = await server.AdminAsync(HttpMethod.Post, "/v3/groups", """{"group": {"name": "  "}}""");

        response.AssertRefused("Invalid input for field/attribute name. Value:   . '  ' does not match '[\\\\S]+'");
        Assert.Equal(0, await CountAsync("%20%20"));
    }

    [Fact]
    public async Task Create_DomainIdOf65Characters_BadRequestAndNotStored()
    {
        var name = Unique("g");
        var domain = new string('d', 65);

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/groups", $$$"""{"group": {"name": "{{{name}}}", "domain_id": "{{{domain}}}"}}""");

        response.AssertRefused($"Invalid input for field/attribute domain_id. Value: {domain}. '{domain}' is too long");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_NameLongerThanStored_BadRequestAndNotStored()
    {
        var name = Unique("g").PadRight(65, 'n');

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/groups", $$$"""{"group": {"name": "{{{name}}}"}}""");

        response.AssertRefused($"Invalid input for field/attribute name. Value: {name}. '{name}' is too long");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_ExtraAttribute_CreatedWithIt()
    {
        var response = await server.AdminAsync(HttpMethod.Post, "/v3/groups", $$$"""{"group": {"name": "{{{Unique("g")}}}", "team": "blue", "description": null}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("blue", response.Body.GetProperty("group").GetProperty("team").GetString());
    }

    [Fact]
    public async Task Update_EmptyGroup_BadRequestNamingGroup()
    {
        var id = await server.CreateAsync("/v3/groups", "group", $$$"""{"group": {"name": "{{{Unique("g")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/groups/{id}", """{"group": {}}""");

        response.AssertRefusedNaming("group", "{}");
    }

    [Fact]
    public async Task Update_NameNumber_BadRequestAndUnchanged()
    {
        var name = Unique("g");
        var id = await server.CreateAsync("/v3/groups", "group", $$$"""{"group": {"name": "{{{name}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/groups/{id}", """{"group": {"name": 7, "description": "changed"}}""");

        response.AssertRefused("Invalid input for field/attribute name. Value: 7. 7 is not of type 'string'");
        var group = await server.ShowAsync($"/v3/groups/{id}", "group");
        Assert.Equal(name, group.GetProperty("name").GetString());
        Assert.Equal("", group.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Update_DomainIdNotAString_BadRequest()
    {
        var id = await server.CreateAsync("/v3/groups", "group", $$$"""{"group": {"name": "{{{Unique("g")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/groups/{id}", """{"group": {"domain_id": 5}}""");

        response.AssertRefused("Invalid input for field/attribute domain_id. Value: 5. 5 is not of type 'string'");
    }

    [Fact]
    public async Task Update_ExtraAttribute_Stored()
    {
        var id = await server.CreateAsync("/v3/groups", "group", $$$"""{"group": {"name": "{{{Unique("g")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/groups/{id}", """{"group": {"team": "red"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("red", (await server.ShowAsync($"/v3/groups/{id}", "group")).GetProperty("team").GetString());
    }
}
