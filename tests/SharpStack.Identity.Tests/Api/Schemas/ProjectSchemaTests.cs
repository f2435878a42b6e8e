using System.Net;
using System.Text.Json;
using SharpStack.Identity.Tests.Support;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>keystone/resource/schema.py project_create and project_update in their request bodies, through HTTP.</summary>
public sealed class ProjectSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private Task<int> CountAsync(string name) => server.CountAsync($"/v3/projects?name={name}", "projects");

    [Fact]
    public async Task Create_IsDomainAsString_BadRequestAndNotStored()
    {
        var name = Unique("p");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects", $$$"""{"project": {"name": "{{{name}}}", "is_domain": "yes"}}""");

        response.AssertRefused("Invalid input for field/attribute is_domain. Value: yes. 'yes' is not of type 'boolean'");
        Assert.Equal(0, await CountAsync(name));
        Assert.Equal(0, await server.CountAsync($"/v3/domains?name={name}", "domains"));
    }

    [Fact]
    public async Task Create_WithoutProject_BadRequest()
    {
        var before = await server.CountAsync("/v3/projects", "projects");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects", "{}");

        response.AssertRefused("'project' is a required property");
        Assert.Equal(before, await server.CountAsync("/v3/projects", "projects"));
    }

    [Theory]
    [InlineData("parent_id", "a_b", "'a_b' does not match '^[a-zA-Z0-9-]+$'")]
    [InlineData("domain_id", "", "'' is too short")]
    public async Task Create_IdOutsideIdString_BadRequestAndNotStored(string field, string value, string message)
    {
        var name = Unique("p");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects", $$$"""{"project": {"name": "{{{name}}}", "{{{field}}}": "{{{value}}}"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith($"Invalid input for field/attribute {field}. Value: {value}. ", response.Body.ErrorMessage(), StringComparison.Ordinal);
        if (value.Length > 0)
        {
            Assert.EndsWith(message, response.Body.ErrorMessage(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_NameOf65Characters_BadRequestAndNotStored()
    {
        var name = Unique("p").PadRight(65, 'n');

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects", $$$"""{"project": {"name": "{{{name}}}"}}""");

        response.AssertRefused($"Invalid input for field/attribute name. Value: {name}. '{name}' is too long");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_UnknownOption_BadRequestAndNotStored()
    {
        var name = Unique("p");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects", $$$"""{"project": {"name": "{{{name}}}", "options": {"frozen": true} } }""");

        response.AssertRefused("Invalid input for field/attribute options. Value: {'frozen': True}. Additional properties are not allowed ('frozen' was unexpected)");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_TagOf256Characters_BadRequestAndNotStored()
    {
        var name = Unique("p");
        var tag = new string('t', 256);

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects", $$$"""{"project": {"name": "{{{name}}}", "tags": ["ok", "{{{tag}}}"]}}""");

        response.AssertRefused($"Invalid input for field/attribute 1. Value: {tag}. '{tag}' is too long");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_ExtraAttributesNullDescriptionAndOptions_CreatedWithTheExtras()
    {
        var name = Unique("p");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/projects",
            $$$"""{"project": {"name": "{{{name}}}", "description": null, "owner_team": "blue", "enabled": true, "options": {"immutable": null}, "tags": []}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("blue", response.Body.GetProperty("project").GetProperty("owner_team").GetString());
    }

    [Fact]
    public async Task Update_EmptyProject_BadRequestNamingProject()
    {
        var id = await server.CreateAsync("/v3/projects", "project", $$$"""{"project": {"name": "{{{Unique("p")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/projects/{id}", """{"project": {}}""");

        response.AssertRefusedNaming("project", "{}");
    }

    [Theory]
    [InlineData("""{"project": {"tags": "x", "enabled": false}}""", "Invalid input for field/attribute tags. Value: x. 'x' is not of type 'array'")]
    [InlineData("""{"project": {"enabled": false, "parent_id": 5}}""", "Invalid input for field/attribute parent_id. Value: 5. 5 is not of type 'string', 'null'")]
    [InlineData("""{"project": {"enabled": false}, "tags": []}""", "Additional properties are not allowed ('tags' was unexpected)")]
    public async Task Update_Invalid_BadRequestAndUnchanged(string json, string message)
    {
        var id = await server.CreateAsync("/v3/projects", "project", $$$"""{"project": {"name": "{{{Unique("p")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/projects/{id}", json);

        response.AssertRefused(message);
        var project = await server.ShowAsync($"/v3/projects/{id}", "project");
        Assert.True(project.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Array, project.GetProperty("tags").ValueKind);
    }

    [Fact]
    public async Task Update_ExtraAttribute_Stored()
    {
        var id = await server.CreateAsync("/v3/projects", "project", $$$"""{"project": {"name": "{{{Unique("p")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/projects/{id}", """{"project": {"owner_team": "red"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("red", (await server.ShowAsync($"/v3/projects/{id}", "project")).GetProperty("owner_team").GetString());
    }
}
