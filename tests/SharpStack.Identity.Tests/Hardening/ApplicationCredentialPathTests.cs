using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.ApplicationCredentials;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>An application credential or access rule is found only under its own user's path.</summary>
public sealed class ApplicationCredentialPathTests(ApplicationCredentialsCloud server) : IClassFixture<ApplicationCredentialsCloud>
{
    private static JsonObject WithRule(string name) => new()
    {
        ["name"] = name,
        ["access_rules"] = new JsonArray(new JsonObject { ["service"] = "compute", ["path"] = "/v2.1/servers", ["method"] = "GET" }),
    };

    [Theory]
    [InlineData("not-a-user")]
    [InlineData("other")]
    public async Task GetAndDelete_UnderAnotherUsersPath_NotFoundAndNothingDeleted(string pathUser)
    {
        var user = await server.NewUserAsync("member");
        var other = await server.NewUserAsync("member");
        var owner = pathUser == "other" ? other.Id : pathUser;
        var id = (await server.CreateAsync(user, new JsonObject { ["name"] = "mine" }))["id"]!.GetValue<string>();

        var (get, error) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{owner}/application_credentials/{id}", user.Token);
        var (delete, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/users/{owner}/application_credentials/{id}", user.Token);
        var (adminDelete, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/users/{owner}/application_credentials/{id}", server.Admin.Token);

        Assert.Equal(404, get);
        Assert.Equal($"Could not find Application Credential: {id}.", error!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(404, delete);
        Assert.Equal(404, adminDelete);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/application_credentials/{id}", user.Token)).Status);
    }

    [Fact]
    public async Task AccessRule_UnderAnotherUsersPath_NotFoundAndNothingDeleted()
    {
        var user = await server.NewUserAsync("member");
        var other = await server.NewUserAsync("member");
        var credential = await server.CreateAsync(user, WithRule("ruled"));
        var ruleId = credential["access_rules"]!.AsArray().Single()!["id"]!.GetValue<string>();
        await server.SendAsync(HttpMethod.Delete, $"/v3/users/{user.Id}/application_credentials/{credential["id"]}", user.Token);

        var (get, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{other.Id}/access_rules/{ruleId}", server.Admin.Token);
        var (delete, _) = await server.SendAsync(HttpMethod.Delete, $"/v3/users/{other.Id}/access_rules/{ruleId}", server.Admin.Token);

        Assert.Equal(404, get);
        Assert.Equal(404, delete);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/access_rules/{ruleId}", user.Token)).Status);
    }
}
