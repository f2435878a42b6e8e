using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Auth;

namespace SharpStack.Identity.Tests.ApplicationCredentials;

public sealed class ApplicationCredentialEndpointsTests(ApplicationCredentialsCloud server) : IClassFixture<ApplicationCredentialsCloud>
{
    private static string Message(JsonNode? body) => body!["error"]!["message"]!.GetValue<string>();

    private static List<string> RoleNames(JsonNode credential) =>
        [.. credential["roles"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order()];

    [Fact]
    public async Task Create_WithoutRolesOrSecret_GeneratesSecretAndTakesTheTokensRoles()
    {
        var user = await server.NewUserAsync("member");

        var created = await server.CreateAsync(user, new JsonObject { ["name"] = "backup", ["description"] = "nightly" });

        Assert.Equal(86, created["secret"]!.GetValue<string>().Length);
        Assert.Equal(["member", "reader"], RoleNames(created));
        Assert.Equal(server.ProjectId, created["project_id"]!.GetValue<string>());
        Assert.Equal(user.Id, created["user_id"]!.GetValue<string>());
        Assert.Equal("nightly", created["description"]!.GetValue<string>());
        Assert.False(created["unrestricted"]!.GetValue<bool>());
        Assert.Null(created["expires_at"]);
        Assert.EndsWith($"/v3/application_credentials/{created["id"]}", created["links"]!["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAndList_AfterCreate_NeverShowTheSecret()
    {
        var user = await server.NewUserAsync("member");
        var created = await server.CreateAsync(user, new JsonObject { ["name"] = "shown", ["secret"] = "my-own-secret" });
        await server.CreateAsync(user, new JsonObject { ["name"] = "other" });
        var id = created["id"]!.GetValue<string>();

        var (getStatus, get) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/application_credentials/{id}", user.Token);
        var (_, list) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/application_credentials", user.Token);
        var (_, named) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{user.Id}/application_credentials?name=shown", user.Token);

        Assert.Equal("my-own-secret", created["secret"]!.GetValue<string>());
        Assert.Equal(200, getStatus);
        Assert.Equal("shown", get!["application_credential"]!["name"]!.GetValue<string>());
        Assert.Null(get["application_credential"]!["secret"]);
        Assert.Equal(2, list!["application_credentials"]!.AsArray().Count);
        Assert.All(list["application_credentials"]!.AsArray(), c => Assert.Null(c!["secret"]));
        Assert.Null(list["links"]!["next"]);
        Assert.Equal(id, Assert.Single(named!["application_credentials"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_DuplicateName_Conflict()
    {
        var user = await server.NewUserAsync("member");
        await server.CreateAsync(user, new JsonObject { ["name"] = "twice" });

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token,
            new JsonObject { ["application_credential"] = new JsonObject { ["name"] = "twice" } });

        Assert.Equal(409, status);
        Assert.Equal("Conflict occurred attempting to store application_credential - Duplicate entry found with name twice.", Message(body));
    }

    [Fact]
    public async Task Create_NamedRole_AddsImpliedRoles()
    {
        var user = await server.NewUserAsync("member");

        var created = await server.CreateAsync(user, new JsonObject { ["name"] = "member-only", ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }) });

        Assert.Equal(["member", "reader"], RoleNames(created));
    }

    [Fact]
    public async Task Create_RoleNotInToken_BadRequest()
    {
        var user = await server.NewUserAsync("reader");

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token, new JsonObject
        {
            ["application_credential"] = new JsonObject { ["name"] = "escalate", ["roles"] = new JsonArray(new JsonObject { ["name"] = "member" }) },
        });

        Assert.Equal(400, status);
        Assert.Equal("Invalid application credential: Cannot create an application credential with unassigned role", Message(body));
    }

    [Theory]
    [InlineData("{\"application_credential\": {}}", "Invalid input for field/attribute application_credential. Value: {}. 'name' is a required property")]
    [InlineData("{\"application_credential\": {\"name\": \"x\", \"color\": \"red\"}}", "Invalid input for field/attribute application_credential. Value: {'name': 'x', 'color': 'red'}. Additional properties are not allowed ('color' was unexpected)")]
    [InlineData("{\"application_credential\": {\"name\": \"x\", \"unrestricted\": \"yes\"}}", "Invalid input for field/attribute unrestricted. Value: yes. 'yes' is not of type 'boolean', 'null'")]
    [InlineData("{\"application_credential\": {\"name\": \"x\", \"expires_at\": \"2001-01-01T00:00:00Z\"}}", "The 'expires_at' must not be before now.")]
    [InlineData("{\"application_credential\": {\"name\": \"x\", \"expires_at\": \"soon\"}}", "Timestamp not in expected format.")]
    [InlineData("{\"application_credential\": {\"name\": \"x\", \"access_rules\": [{\"service\": \"compute\", \"path\": \"/v2.1\", \"method\": \"BREW\"}]}}", "Invalid input for field/attribute method. Value: BREW. 'BREW' is not one of ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT']")]
    public async Task Create_InvalidBody_BadRequestNamingTheField(string json, string expected)
    {
        var user = await server.NewUserAsync("member");

        var (status, body) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{user.Id}/application_credentials", user.Token, JsonNode.Parse(json));

        Assert.Equal(400, status);
        Assert.StartsWith(expected, Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_FutureExpiry_IsShownWithMicroseconds()
    {
        var user = await server.NewUserAsync("member");

        var created = await server.CreateAsync(user, new JsonObject { ["name"] = "expiring", ["expires_at"] = "2099-02-27T18:30:59Z" });

        Assert.Equal("2099-02-27T18:30:59.000000", created["expires_at"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ForAnotherUser_Forbidden()
    {
        var alice = await server.NewUserAsync("member");
        var bob = await server.NewUserAsync("member");

        var (status, _) = await server.SendAsync(HttpMethod.Post, $"/v3/users/{bob.Id}/application_credentials", alice.Token,
            new JsonObject { ["application_credential"] = new JsonObject { ["name"] = "not-mine" } });

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task GetListDelete_AnotherUsersCredential_Forbidden()
    {
        var alice = await server.NewUserAsync("member");
        var bob = await server.NewUserAsync("member");
        var id = (await server.CreateAsync(alice, new JsonObject { ["name"] = "private" }))["id"]!.GetValue<string>();

        // The owner checked is the credential's, whatever user the path names.
        Assert.Equal(403, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{bob.Id}/application_credentials/{id}", bob.Token)).Status);
        Assert.Equal(403, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{alice.Id}/application_credentials/{id}", bob.Token)).Status);
        Assert.Equal(403, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{alice.Id}/application_credentials", bob.Token)).Status);
        Assert.Equal(403, (await server.SendAsync(HttpMethod.Delete, $"/v3/users/{bob.Id}/application_credentials/{id}", bob.Token)).Status);
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, $"/v3/users/{alice.Id}/application_credentials/{id}", alice.Token)).Status);
    }

    [Fact]
    public async Task Get_AsAdmin_SeesAnyUsersCredential()
    {
        var alice = await server.NewUserAsync("member");
        var id = (await server.CreateAsync(alice, new JsonObject { ["name"] = "audited" }))["id"]!.GetValue<string>();

        var (status, _) = await server.SendAsync(HttpMethod.Get, $"/v3/users/{alice.Id}/application_credentials/{id}", await server.AdminTokenAsync());

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Delete_Credential_NoContentThenNotFound()
    {
        var user = await server.NewUserAsync("member");
        var id = (await server.CreateAsync(user, new JsonObject { ["name"] = "short-lived" }))["id"]!.GetValue<string>();
        var path = $"/v3/users/{user.Id}/application_credentials/{id}";

        Assert.Equal(204, (await server.SendAsync(HttpMethod.Delete, path, user.Token)).Status);
        var (status, body) = await server.SendAsync(HttpMethod.Get, path, user.Token);
        Assert.Equal(404, status);
        Assert.Equal($"Could not find Application Credential: {id}.", Message(body));
        Assert.Equal(404, (await server.SendAsync(HttpMethod.Delete, path, user.Token)).Status);
    }
}
