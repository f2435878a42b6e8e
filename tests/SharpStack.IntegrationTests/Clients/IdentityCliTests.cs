using System.Net;
using System.Text.Json;
using SharpStack.Testing.Clouds;

namespace SharpStack.IntegrationTests.Clients;

/// <summary>The identity commands of the real <c>openstack</c> CLI against <c>sharpstack up</c>'s cloud, with Keystone's output shapes.</summary>
public sealed class IdentityCliTests(WholeCloudFixture cloud) : IClassFixture<WholeCloudFixture>
{
    private readonly OpenStackCli _cli = new(cloud.CloudsYaml);

    [Fact]
    public async Task TokenIssue_Admin_PrintsKeystoneFields()
    {
        var token = await _cli.JsonAsync("token", "issue");

        Assert.False(string.IsNullOrEmpty(token.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(token.GetProperty("project_id").GetString()));
        Assert.False(string.IsNullOrEmpty(token.GetProperty("user_id").GetString()));
        Assert.True(DateTimeOffset.Parse(token.GetProperty("expires").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task TokenRevoke_IssuedToken_NoLongerValidates()
    {
        var admin = (await _cli.JsonAsync("token", "issue")).GetProperty("id").GetString()!;
        var revoked = (await _cli.JsonAsync("token", "issue")).GetProperty("id").GetString()!;

        await _cli.SucceedsAsync("token", "revoke", revoked);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, IdentityUrl + "/auth/tokens");
        request.Headers.Add("X-Auth-Token", admin);
        request.Headers.Add("X-Subject-Token", revoked);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DomainCreateThenSetDisable_ShowsDisabled()
    {
        var name = Unique("domain");
        var created = await _cli.JsonAsync("domain", "create", name, "--description", "made by the CLI");
        Assert.True(created.GetProperty("enabled").GetBoolean());

        await _cli.SucceedsAsync("domain", "set", "--disable", name);

        var shown = await _cli.JsonAsync("domain", "show", name);
        Assert.False(shown.GetProperty("enabled").GetBoolean());
        Assert.Equal("made by the CLI", shown.GetProperty("description").GetString());
    }

    [Fact]
    public async Task ProjectCreateWithParent_RecordsTheParent()
    {
        var parent = await _cli.JsonAsync("project", "create", Unique("parent"));

        var child = await _cli.JsonAsync("project", "create", Unique("child"), "--parent", parent.GetProperty("id").GetString()!);

        Assert.Equal(parent.GetProperty("id").GetString(), child.GetProperty("parent_id").GetString());
        Assert.Equal("default", child.GetProperty("domain_id").GetString());
    }

    [Fact]
    public async Task UserCreateWithPasswordAndRole_CanIssueItsOwnToken()
    {
        var (user, project) = await CreateMemberAsync("p4ssword");

        var token = await OpenStackCli.AsUser(IdentityUrl, user, "p4ssword", project).JsonAsync("token", "issue");

        Assert.False(string.IsNullOrEmpty(token.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task GroupCreateAndAddUser_UserIsInGroup()
    {
        var group = Unique("group");
        var user = Unique("user");
        await _cli.SucceedsAsync("group", "create", group);
        await _cli.SucceedsAsync("user", "create", user, "--password", "secret");

        await _cli.SucceedsAsync("group", "add", "user", group, user);

        var contains = await _cli.RunAsync("group", "contains", "user", group, user);
        Assert.Equal(0, contains.ExitCode);
        Assert.Contains($"{user} in group {group}", contains.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleAssignmentListEffectiveNames_IncludesImpliedRoles()
    {
        var (user, project) = await CreateMemberAsync("secret");

        var assignments = await _cli.JsonAsync("role", "assignment", "list", "--effective", "--names", "--user", user);

        var roles = assignments.EnumerateArray().Select(row => row.GetProperty("Role").GetString()).ToList();
        Assert.Contains("member", roles);
        Assert.Contains("reader", roles);
        Assert.All(assignments.EnumerateArray(), row => Assert.Equal($"{project}@Default", row.GetProperty("Project").GetString()));
        Assert.All(assignments.EnumerateArray(), row => Assert.Equal($"{user}@Default", row.GetProperty("User").GetString()));
    }

    [Fact]
    public async Task ApplicationCredentialCreate_SecretAuthenticates()
    {
        var (user, project) = await CreateMemberAsync("secret");
        var credential = await OpenStackCli.AsUser(IdentityUrl, user, "secret", project)
            .JsonAsync("application", "credential", "create", Unique("appcred"));

        var token = await new OpenStackCli("", new Dictionary<string, string>
        {
            ["OS_CLIENT_CONFIG_FILE"] = "",
            ["OS_CLOUD"] = "",
            ["OS_AUTH_TYPE"] = "v3applicationcredential",
            ["OS_AUTH_URL"] = IdentityUrl.ToString(),
            ["OS_APPLICATION_CREDENTIAL_ID"] = credential.GetProperty("id").GetString()!,
            ["OS_APPLICATION_CREDENTIAL_SECRET"] = credential.GetProperty("secret").GetString()!,
            ["OS_IDENTITY_API_VERSION"] = "3",
        }).JsonAsync("token", "issue");

        Assert.False(string.IsNullOrEmpty(token.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task UserPasswordSet_NewPasswordWorksAndOldDoesNot()
    {
        var (user, project) = await CreateMemberAsync("first-password");
        OpenStackCli asUser(string password) => OpenStackCli.AsUser(IdentityUrl, user, password, project);

        await asUser("first-password").SucceedsAsync("user", "password", "set", "--original-password", "first-password", "--password", "second-password");

        Assert.Equal(0, (await asUser("second-password").RunAsync("token", "issue")).ExitCode);
        Assert.NotEqual(0, (await asUser("first-password").RunAsync("token", "issue")).ExitCode);
    }

    [Fact]
    public async Task EndpointList_ListsIdentityOnEveryInterface()
    {
        var endpoints = await _cli.JsonAsync("endpoint", "list", "--service", "identity");

        var interfaces = endpoints.EnumerateArray().Select(row => row.GetProperty("Interface").GetString()).Order().ToList();
        Assert.Equal(["admin", "internal", "public"], interfaces);
        Assert.All(endpoints.EnumerateArray(), row => Assert.Equal("RegionOne", row.GetProperty("Region").GetString()));
        Assert.All(endpoints.EnumerateArray(), row => Assert.Equal("keystone", row.GetProperty("Service Name").GetString()));
    }

    [Fact]
    public async Task CatalogList_ShowsKeystoneWithItsEndpoints()
    {
        var catalog = await _cli.JsonAsync("catalog", "list");

        var identity = catalog.EnumerateArray().Single(row => row.GetProperty("Type").GetString() == "identity");
        Assert.Equal("keystone", identity.GetProperty("Name").GetString());
        Assert.Equal(3, identity.GetProperty("Endpoints").EnumerateArray().Count());
    }

    private Uri IdentityUrl => cloud.Url("identity");

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private async Task<(string User, string Project)> CreateMemberAsync(string password)
    {
        var project = Unique("project");
        var user = Unique("user");
        await _cli.SucceedsAsync("project", "create", project);
        await _cli.SucceedsAsync("user", "create", user, "--password", password, "--project", project);
        await _cli.SucceedsAsync("role", "add", "--user", user, "--project", project, "member");
        return (user, project);
    }
}
