using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;
using SharpStack.Identity.Tests.Ec2Credentials;
using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.DomainConfigs;

public sealed class DomainConfigEndpointsTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private static JsonObject Custom => new()
    {
        ["identity"] = new JsonObject { ["driver"] = "ldap" },
        ["ldap"] = new JsonObject { ["url"] = "ldap://myldap.com:389/", ["user_tree_dn"] = "ou=Users,dc=my_new_root,dc=org" },
    };

    [Fact]
    public async Task Put_NewConfig_Returns201ThenReplacing200()
    {
        var (admin, domainId) = await DomainAsync();

        var (first, created) = await server.CallAsync(HttpMethod.Put, $"/v3/domains/{domainId}/config", admin, new JsonObject { ["config"] = Custom });
        var (second, _) = await server.CallAsync(HttpMethod.Put, $"/v3/domains/{domainId}/config", admin, new JsonObject { ["config"] = Custom });

        Assert.Equal(201, first);
        Assert.True(JsonNode.DeepEquals(Custom, created!["config"]));
        Assert.Equal(200, second);
    }

    [Fact]
    public async Task GroupAndOption_ShowUpdateDelete()
    {
        var (admin, domainId) = await DomainAsync();
        var config = $"/v3/domains/{domainId}/config";
        await server.CallAsync(HttpMethod.Put, config, admin, new JsonObject { ["config"] = Custom });

        var (groupStatus, group) = await server.CallAsync(HttpMethod.Get, $"{config}/ldap", admin);
        var (optionStatus, option) = await server.CallAsync(HttpMethod.Get, $"{config}/ldap/url", admin);
        var (patchGroupStatus, patchedGroup) = await server.CallAsync(HttpMethod.Patch, $"{config}/identity", admin,
            new JsonObject { ["config"] = new JsonObject { ["identity"] = new JsonObject { ["driver"] = "d2", ["list_limit"] = 5 } } });
        var (patchOptionStatus, patchedOption) = await server.CallAsync(HttpMethod.Patch, $"{config}/identity/driver", admin,
            new JsonObject { ["config"] = new JsonObject { ["driver"] = "d3" } });
        var (deleteOptionStatus, _) = await server.CallAsync(HttpMethod.Delete, $"{config}/identity/driver", admin);
        var (goneOptionStatus, goneOption) = await server.CallAsync(HttpMethod.Get, $"{config}/identity/driver", admin);
        var (deleteGroupStatus, _) = await server.CallAsync(HttpMethod.Delete, $"{config}/identity", admin);
        var (goneGroupStatus, _) = await server.CallAsync(HttpMethod.Get, $"{config}/identity", admin);
        var (deleteAllStatus, _) = await server.CallAsync(HttpMethod.Delete, config, admin);
        var (goneAllStatus, goneAll) = await server.CallAsync(HttpMethod.Get, config, admin);

        Assert.Equal(200, groupStatus);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["ldap"] = Custom["ldap"]!.DeepClone() }, group!["config"]));
        Assert.Equal(200, optionStatus);
        Assert.Equal("ldap://myldap.com:389/", option!["config"]!["url"]!.GetValue<string>());
        Assert.Equal(200, patchGroupStatus);
        Assert.Equal(5, patchedGroup!["config"]!["identity"]!["list_limit"]!.GetValue<int>());
        Assert.Equal(200, patchOptionStatus);
        Assert.Equal("d3", patchedOption!["config"]!["identity"]!["driver"]!.GetValue<string>());
        Assert.Equal(204, deleteOptionStatus);
        Assert.Equal(404, goneOptionStatus);
        Assert.Equal($"Could not find option driver in group identity in domain configuration for domain {domainId}.", goneOption.Message());
        Assert.Equal(204, deleteGroupStatus);
        Assert.Equal(404, goneGroupStatus);
        Assert.Equal(204, deleteAllStatus);
        Assert.Equal(404, goneAllStatus);
        Assert.Equal($"Could not find any options in domain configuration for domain {domainId}.", goneAll.Message());
    }

    [Fact]
    public async Task SensitiveOption_IsStoredButNotShown()
    {
        var (admin, domainId) = await DomainAsync();
        var config = new JsonObject { ["ldap"] = new JsonObject { ["url"] = "ldap://x", ["password"] = "p" } };

        var (_, created) = await server.CallAsync(HttpMethod.Put, $"/v3/domains/{domainId}/config", admin, new JsonObject { ["config"] = config });

        Assert.False(created!["config"]!["ldap"]!.AsObject().ContainsKey("password"));
    }

    [Theory]
    [InlineData("""{"config": {}}""", "Invalid domain specific configuration: No options specified.")]
    [InlineData("""{"config": {"nova": {"x": 1}}}""", "Invalid domain specific configuration: Group nova is not supported for domain specific configurations.")]
    [InlineData("""{"config": {"ldap": {"bogus": 1}}}""", "Invalid domain specific configuration: Option bogus in group ldap is not supported for domain specific configurations.")]
    public async Task Put_InvalidConfig_Returns403(string json, string message)
    {
        var (admin, domainId) = await DomainAsync();

        var (status, body) = await server.CallAsync(HttpMethod.Put, $"/v3/domains/{domainId}/config", admin, JsonNode.Parse(json));

        Assert.Equal(403, status);
        Assert.Equal(message, body.Message());
    }

    [Fact]
    public async Task Put_UnknownDomain_Returns404()
    {
        var (status, body) = await server.CallAsync(HttpMethod.Put, "/v3/domains/nope/config", await server.AdminTokenAsync(), new JsonObject { ["config"] = Custom });

        Assert.Equal(404, status);
        Assert.Equal("Could not find domain: nope.", body.Message());
    }

    [Fact]
    public async Task Defaults_ShowWhitelistedGroupsAndOptions()
    {
        var admin = await server.AdminTokenAsync();

        var (allStatus, all) = await server.CallAsync(HttpMethod.Get, "/v3/domains/config/default", admin);
        var (groupStatus, group) = await server.CallAsync(HttpMethod.Get, "/v3/domains/config/identity/default", admin);
        var (optionStatus, option) = await server.CallAsync(HttpMethod.Get, "/v3/domains/config/ldap/url/default", admin);
        var (sensitiveStatus, _) = await server.CallAsync(HttpMethod.Get, "/v3/domains/config/ldap/password/default", admin);

        Assert.Equal(200, allStatus);
        Assert.NotNull(all!["config"]!["ldap"]);
        Assert.Equal(200, groupStatus);
        Assert.Equal("sql", group!["config"]!["identity"]!["driver"]!.GetValue<string>());
        Assert.True(group["config"]!["identity"]!.AsObject().ContainsKey("list_limit"));
        Assert.Equal(200, optionStatus);
        Assert.Equal("ldap://localhost", option!["config"]!["url"]!.GetValue<string>());
        Assert.Equal(403, sensitiveStatus);
    }

    [Fact]
    public async Task Put_ByProjectMember_Returns403()
    {
        var (_, domainId) = await DomainAsync();
        var (_, _, token) = await server.MemberAsync();

        var (status, _) = await server.CallAsync(HttpMethod.Put, $"/v3/domains/{domainId}/config", token, new JsonObject { ["config"] = Custom });

        Assert.Equal(403, status);
    }

    private async Task<(string Admin, string DomainId)> DomainAsync()
    {
        var admin = await server.AdminTokenAsync();
        var (_, domain) = await server.CallAsync(HttpMethod.Post, "/v3/domains", admin,
            new JsonObject { ["domain"] = new JsonObject { ["name"] = "d-" + Guid.NewGuid().ToString("N")[..8] } });
        return (admin, domain!["domain"]!["id"]!.GetValue<string>());
    }
}
