using System.Net;
using SharpStack.Identity.Tests.Support;
using static SharpStack.Identity.Tests.Api.Schemas.SchemaRequests;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>keystone/resource/schema.py domain_create_request_body and domain_update_request_body, through HTTP.</summary>
public sealed class DomainSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private Task<int> CountAsync(string name) => server.CountAsync($"/v3/domains?name={name}", "domains");

    [Fact]
    public async Task Create_DescriptionNumber_BadRequestAndNotStored()
    {
        var name = Unique("d");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/domains", $$$"""{"domain": {"name": "{{{name}}}", "description": 5}}""");

        response.AssertRefused("Invalid input for field/attribute description. Value: 5. 5 is not of type 'string', 'null'");
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_WithoutName_BadRequest()
    {
        var before = await server.CountAsync("/v3/domains", "domains");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/domains", """{"domain": {"description": "d"}}""");

        response.AssertRefused("Invalid input for field/attribute domain. Value: {'description': 'd'}. 'name' is a required property");
        Assert.Equal(before, await server.CountAsync("/v3/domains", "domains"));
    }

    [Fact]
    public async Task Create_DescriptionOf256Characters_BadRequestAndNotStored()
    {
        var name = Unique("d");
        var description = new string('x', 256);

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/domains", $$$"""{"domain": {"name": "{{{name}}}", "description": "{{{description}}}"}}""");

        response.AssertRefused($"Invalid input for field/attribute description. Value: {description}. '{description}' is too long");
        Assert.Equal(0, await CountAsync(name));
    }

    [Theory]
    [InlineData("not_an_id", "Invalid input for field/attribute explicit_domain_id. Value: not_an_id. 'not_an_id' does not match '^[a-zA-Z0-9-]+$'")]
    [InlineData("abc", "Domain ID does not conform to required UUID format.")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", "Domain ID does not conform to required UUID format.")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef", "Domain ID does not conform to required UUID format.")]
    public async Task Create_ExplicitIdNotAUuidHex_BadRequestAndNotStored(string id, string message)
    {
        var name = Unique("d");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/domains", $$$"""{"domain": {"name": "{{{name}}}", "explicit_domain_id": "{{{id}}}"}}""");

        response.AssertRefused(message);
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Create_ExplicitUuidHexAndExtraAttribute_CreatedWithBoth()
    {
        var id = Guid.NewGuid().ToString("N");

        var response = await server.AdminAsync(HttpMethod.Post, "/v3/domains",
            $$$"""{"domain": {"name": "{{{Unique("d")}}}", "explicit_domain_id": "{{{id}}}", "region": "east", "tags": ["a"], "options": {} } }""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(id, response.Body.Id("domain"));
        Assert.Equal("east", response.Body.GetProperty("domain").GetProperty("region").GetString());
    }

    [Fact]
    public async Task Update_EmptyDomain_BadRequestNamingDomain()
    {
        var id = await server.CreateAsync("/v3/domains", "domain", $$$"""{"domain": {"name": "{{{Unique("d")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/domains/{id}", """{"domain": {}}""");

        response.AssertRefusedNaming("domain", "{}");
    }

    [Theory]
    [InlineData("""{"domain": {"enabled": "false"}}""", "Invalid input for field/attribute enabled. Value: false. 'false' is not of type 'boolean'")]
    [InlineData("""{"domain": {"enabled": false, "name": " "}}""", "Invalid input for field/attribute name. Value:  . ' ' does not match '[\\\\S]+'")]
    [InlineData("""{"domain": {"enabled": false, "tags": ["a", "a"]}}""", "Invalid input for field/attribute tags. Value: ['a', 'a']. ['a', 'a'] has non-unique elements")]
    public async Task Update_Invalid_BadRequestAndStillEnabled(string json, string message)
    {
        var id = await server.CreateAsync("/v3/domains", "domain", $$$"""{"domain": {"name": "{{{Unique("d")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/domains/{id}", json);

        response.AssertRefused(message);
        Assert.True((await server.ShowAsync($"/v3/domains/{id}", "domain")).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Update_ExtraAttribute_Stored()
    {
        var id = await server.CreateAsync("/v3/domains", "domain", $$$"""{"domain": {"name": "{{{Unique("d")}}}"}}""");

        var response = await server.AdminAsync(HttpMethod.Patch, $"/v3/domains/{id}", """{"domain": {"region": "west"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("west", (await server.ShowAsync($"/v3/domains/{id}", "domain")).GetProperty("region").GetString());
    }
}
