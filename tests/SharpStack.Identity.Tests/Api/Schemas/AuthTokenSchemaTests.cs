using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Identity.Tests.Support;
using SharpStack.Testing.Identity;

namespace SharpStack.Identity.Tests.Api.Schemas;

/// <summary>
/// <c>POST /v3/auth/tokens</c> bodies against keystone/auth/schema.py: token_issue on the <c>auth</c> member (lazy_validate,
/// so fields are named from inside it), then validate_issue_token_auth's "id or name" rules.
/// </summary>
public sealed class AuthTokenSchemaTests(IdentityCloud server) : IClassFixture<IdentityCloud>
{
    private const string Password = "{\"user\": {\"name\": \"admin\", \"domain\": {\"id\": \"default\"}, \"password\": \"PASSWORD\"}}";

    [Theory]
    [InlineData("{\"identity\": {\"methods\": [\"password\", 5], \"password\": PASSWORD_SECTION}}", "Invalid input for field 'identity/methods/1': 5 is not of type 'string'")]
    [InlineData("{\"identity\": {\"methods\": [\"token\"], \"token\": {}}}", "Invalid input for field 'identity/token': 'id' is a required property")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": 5, \"password\": \"x\"}}}}", "Invalid input for field 'identity/password/user/name': 5 is not of type 'string'")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"admin\", \"password\": \"x\", \"domain\": \"Default\"}}}}", "Invalid input for field 'identity/password/user/domain': 'Default' is not of type 'object'")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": 5}", "Invalid input for field 'scope': 5 is not of type 'object', 'string'")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {\"system\": {\"all\": \"yes\"}}}", "Invalid input for field 'scope/system/all': 'yes' is not of type 'boolean'")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {\"project\": {\"id\": 5}}}", "Invalid input for field 'scope/project/id': 5 is not of type 'string'")]
    [InlineData("\"x\"", "'x' is not of type 'object'")]
    [InlineData("{}", "'identity' is a required property")]
    [InlineData("{\"identity\": []}", "Invalid input for field 'identity': [] is not of type 'object'")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"password\": \"x\", \"domain\": {\"id\": \"default\"}}}}}", "Invalid input for field identity/password/user: id or name must be present.")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"admin\", \"password\": \"x\", \"domain\": {}}}}}", "Invalid input for field identity/password/user/domain: id or name must be present.")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {\"project\": {\"domain\": {\"id\": \"default\"}}}}", "Invalid input for field scope/project: id or name must be present.")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {\"project\": {\"name\": \"admin\", \"domain\": {}}}}", "Invalid input for field scope/project/domain: id or name must be present.")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {\"domain\": {\"enabled\": true}}}", "Invalid input for field scope/domain: id or name must be present.")]
    [InlineData("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {}}", "Expecting to find system, project, domain, OS-TRUST:trust or unscoped in scope. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.")]
    public async Task Issue_InvalidAuth_BadRequestNamingTheField(string auth, string expected)
    {
        var (status, body) = await IssueAsync(auth);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, body!["error"]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"unscoped\"")]
    [InlineData("{\"unscoped\": {}}")]
    public async Task Issue_ExplicitlyUnscoped_BothFormsKeystoneauthSends(string scope)
    {
        var (status, body) = await IssueAsync($"{{\"identity\": {{\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}}, \"scope\": {scope}}}");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Null(body!["token"]!["project"]);
        Assert.Null(body["token"]!["roles"]);
    }

    [Fact]
    public async Task Issue_MembersUpstreamDoesNotKnow_Accepted()
    {
        var (status, body) = await IssueAsync(
            "{\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"admin\", \"domain\": {\"name\": \"Default\", \"note\": 1}, \"password\": \"PASSWORD\", \"note\": 1}}, \"note\": {}}, " +
            "\"scope\": {\"project\": {\"name\": \"admin\", \"domain\": {\"name\": \"Default\"}}}, \"note\": 1}");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("admin", body!["token"]!["project"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Issue_SystemScopeWithoutAll_SystemScopedAsKeystone()
    {
        var (status, body) = await IssueAsync("{\"identity\": {\"methods\": [\"password\"], \"password\": PASSWORD_SECTION}, \"scope\": {\"system\": {}}}");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(body!["token"]!["system"]!["all"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Issue_NoMethods_PassesTheSchemaThenFindsNoUser()
    {
        var (status, _) = await IssueAsync("{\"identity\": {\"methods\": []}}");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> IssueAsync(string auth)
    {
        var json = $"{{\"auth\": {auth.Replace("PASSWORD_SECTION", Password, StringComparison.Ordinal).Replace("PASSWORD", IdentityServer.AdminPassword, StringComparison.Ordinal)}}}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/v3/auth/tokens", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
