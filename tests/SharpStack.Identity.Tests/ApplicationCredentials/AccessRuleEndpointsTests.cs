using System.Text.Json.Nodes;

namespace SharpStack.Identity.Tests.ApplicationCredentials;

public sealed class AccessRuleEndpointsTests(ApplicationCredentialsCloud server) : IClassFixture<ApplicationCredentialsCloud>
{
    private static JsonObject WithRule(string name, string path = "/v2.1/servers") => new()
    {
        ["name"] = name,
        ["access_rules"] = new JsonArray(new JsonObject { ["service"] = "compute", ["path"] = path, ["method"] = "GET" }),
    };

    [Fact]
    public async Task Create_IdenticalRuleTwice_ReusesTheRule()
    {
        var user = await server.NewUserAsync("member");

        var first = await server.CreateAsync(user, WithRule("first"));
        var second = await server.CreateAsync(user, WithRule("second"));

        var rule = Assert.Single(first["access_rules"]!.AsArray())!;
        Assert.Equal(rule["id"]!.GetValue<string>(), Assert.Single(second["access_rules"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(("compute", "/v2.1/servers", "GET"), (rule["service"]!.GetValue<string>(), rule["path"]!.GetValue<string>(), rule["method"]!.GetValue<string>()));
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/access_rules", user.Token);
        var listed = Assert.Single(list!["access_rules"]!.AsArray())!;
        Assert.EndsWith($"/v3/access_rules/{rule["id"]}", listed["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_CredentialWithRules_TokenListsThem()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, WithRule("ruled"));

        var (_, body) = await server.AuthenticateAsync(ApplicationCredentialsCloud.ById(credential));

        var rule = Assert.Single(body!["token"]!["application_credential"]!["access_rules"]!.AsArray())!;
        Assert.Equal("/v2.1/servers", rule["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_RuleInUse_ForbiddenUntilItsCredentialIsDeleted()
    {
        var user = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, WithRule("user-of-rule"));
        var ruleId = credential["access_rules"]![0]!["id"]!.GetValue<string>();
        var rulePath = $"/v3/users/{user.Id}/access_rules/{ruleId}";

        var (inUse, error) = await server.SendAsync(HttpMethod.Delete, rulePath, user.Token);
        Assert.Equal(403, inUse);
        Assert.Equal("May not delete access rule in use", error!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, $"/v3/users/{user.Id}/application_credentials/{credential["id"]}", user.Token)).Status);

        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, rulePath, user.Token)).Status);
        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, rulePath, user.Token)).Status);
        var (gone, body) = await server.SendAsync(HttpMethod.Get, rulePath, user.Token);
        Assert.Equal(404, gone);
        Assert.Equal($"Could not find Access Rule: {ruleId}.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListGetDelete_AnotherUsersRules_Forbidden()
    {
        var alice = await server.NewUserAsync("member");
        var bob = await server.NewUserAsync("member");
        var ruleId = (await server.CreateAsync(alice, WithRule("alices")))["access_rules"]![0]!["id"]!.GetValue<string>();

        Assert.Equal(403, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{alice.Id}/access_rules", bob.Token)).Status);
        Assert.Equal(403, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{alice.Id}/access_rules/{ruleId}", bob.Token)).Status);
        Assert.Equal(403, (await server.SendAsync(HttpMethod.Delete, $"/v3/users/{alice.Id}/access_rules/{ruleId}", bob.Token)).Status);
        Assert.Equal(404, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{bob.Id}/access_rules/{ruleId}", bob.Token)).Status);
    }

    [Fact]
    public async Task List_FilteredByMethod_OnlyMatchingRules()
    {
        var user = await server.NewUserAsync("member");
        await server.CreateAsync(user, WithRule("listing", "/v2.1/flavors"));

        var (_, get) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/access_rules?method=GET", user.Token);
        var (_, post) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/access_rules?method=POST", user.Token);

        Assert.Single(get!["access_rules"]!.AsArray());
        Assert.Empty(post!["access_rules"]!.AsArray());
    }
}
