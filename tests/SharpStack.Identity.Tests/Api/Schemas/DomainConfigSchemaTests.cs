using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>
/// Domain configuration bodies: Keystone declares no schema, so only the types its controller relies on are checked
/// (400); what is inside <c>config</c> stays with DomainConfigManager's 403s.
/// </summary>
public sealed class DomainConfigSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    [Theory]
    [InlineData("PUT", "{\"config\": \"x\"}", "Invalid input for field/attribute config. Value: x. 'x' is not of type 'object'")]
    [InlineData("PUT", "{\"config\": [1]}", "Invalid input for field/attribute config. Value: [1]. [1] is not of type 'object'")]
    [InlineData("PATCH", "{\"config\": 5}", "Invalid input for field/attribute config. Value: 5. 5 is not of type 'object'")]
    public async Task Write_ConfigNotAnObject_BadRequestAndNothingStored(string method, string json, string expected)
    {
        var (admin, domainId) = await DomainAsync();

        var (status, body) = await server.CallAsync(new HttpMethod(method), $"/v3/domains/{domainId}/config", admin, JsonNode.Parse(json));
        var (shownStatus, _) = await server.CallAsync(HttpMethod.Get, $"/v3/domains/{domainId}/config", admin);

        Assert.Equal(400, status);
        Assert.Equal(expected, body.Message());
        Assert.Equal(404, shownStatus);
    }

    [Fact]
    public async Task Patch_OptionNotAnObject_BadRequestAndUnchanged()
    {
        var (admin, domainId) = await DomainAsync();
        var config = $"/v3/domains/{domainId}/config";
        await server.CallAsync(HttpMethod.Put, config, admin, JsonNode.Parse("{\"config\": {\"identity\": {\"driver\": \"ldap\"}}}"));

        var (status, body) = await server.CallAsync(HttpMethod.Patch, $"{config}/identity/driver", admin, JsonNode.Parse("{\"config\": \"sql\"}"));
        var (_, shown) = await server.CallAsync(HttpMethod.Get, $"{config}/identity/driver", admin);

        Assert.Equal(400, status);
        Assert.Equal("Invalid input for field/attribute config. Value: sql. 'sql' is not of type 'object'", body.Message());
        Assert.Equal("ldap", shown!["config"]!["driver"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_GroupNotAnObject_StaysKeystonesForbiddenInvalidDomainConfig()
    {
        var (admin, domainId) = await DomainAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Put, $"/v3/domains/{domainId}/config", admin, JsonNode.Parse("{\"config\": {\"ldap\": \"x\"}, \"other\": 1}"));

        Assert.Equal(403, status);
        Assert.Equal("Invalid domain specific configuration: The value of group ldap specified in the config should be a dictionary of options.", body.Message());
    }

    private async Task<(string Admin, string DomainId)> DomainAsync()
    {
        var admin = await server.AdminTokenAsync();
        var (_, domain) = await server.CallAsync(HttpMethod.Post, "/v3/domains", admin,
            new JsonObject { ["domain"] = new JsonObject { ["name"] = "d-" + Guid.NewGuid().ToString("N")[..8] } });
        return (admin, domain!["domain"]!["id"]!.GetValue<string>());
    }
}
