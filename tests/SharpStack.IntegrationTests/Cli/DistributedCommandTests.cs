using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Testing.Clouds;

namespace SharpStack.IntegrationTests.Cli;

/// <summary>The distributed path: PostgreSQL databases prepared by <c>db upgrade</c> and <c>bootstrap</c>, APIs run by <c>serve</c>.</summary>
public sealed class DistributedCommandTests : IDisposable
{
    private const string PostgresVariable = "SHARPSTACK_TEST_POSTGRES";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-distributed");
    private readonly CloudPorts _ports = new();

    [Fact]
    public async Task DbUpgradeBootstrapServe_OnPostgres_ServesIdentityAndImageFromSeparateProcesses()
    {
        var config = WriteConfig(PostgresConnection());

        var upgrade = await SharpStackProcess.RunAsync("db", "upgrade", "--config", config);
        Assert.True(upgrade.ExitCode == 0, upgrade.Output);
        Assert.Contains($"Databases are up to date: {string.Join(", ", _ports.Services)}.", upgrade.Output, StringComparison.Ordinal);

        var bootstrap = await SharpStackProcess.RunAsync("bootstrap", "--config", config, "--admin-password", "secret");
        Assert.True(bootstrap.ExitCode == 0, bootstrap.Output);
        var again = await SharpStackProcess.RunAsync("bootstrap", "--config", config);
        Assert.Contains("nothing changed", again.Output, StringComparison.Ordinal);

        await using var identity = SharpStackProcess.Start(["serve", "--config", config, "--services", "identity"]);
        await identity.WaitForLineAsync("SharpStack is serving", TimeSpan.FromSeconds(60));
        await using var image = SharpStackProcess.Start(["serve", "--config", config, "--services", "image"]);
        await image.WaitForLineAsync("SharpStack is serving", TimeSpan.FromSeconds(60));
        using var http = new HttpClient();
        using var version = await http.GetAsync(_ports.Url("identity"));
        var token = await IssueAdminTokenAsync(http);
        using var images = new HttpRequestMessage(HttpMethod.Get, new Uri(_ports.RootUrl("image"), "v2/images"));
        images.Headers.Add("X-Auth-Token", token);
        using var listed = await http.SendAsync(images);
        using var anonymous = await http.GetAsync(new Uri(_ports.RootUrl("image"), "v2/images"));

        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await image.TerminateAsync();
        await identity.TerminateAsync();
        Assert.Equal(0, await image.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await identity.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task DbUpgrade_UnreachablePostgres_FailsWithOneSentence()
    {
        var config = WriteConfig($"postgresql://sharpstack:secret@127.0.0.1:{FreePort.Next()}/");

        var (exitCode, output) = await SharpStackProcess.RunAsync("db", "upgrade", "--config", config);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: Cannot connect to PostgreSQL at 127.0.0.1:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootstrap_BeforeDbUpgrade_TellsToUpgradeFirst()
    {
        var config = WriteConfig("");

        var (exitCode, output) = await SharpStackProcess.RunAsync("bootstrap", "--config", config, "--admin-password", "secret");

        Assert.Equal(1, exitCode);
        Assert.Contains("run 'sharpstack db upgrade' with the same configuration first", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootstrap_WithServicePassword_CreatesEveryServiceUserWithItsRolesOnProjectService()
    {
        var config = WriteConfig("");
        Assert.Equal(0, (await SharpStackProcess.RunAsync("db", "upgrade", "--config", config)).ExitCode);
        var (_, catalog) = await SharpStackProcess.RunAsync("config", "services", "--format", "json");
        var serviceUsers = JsonDocument.Parse(catalog).RootElement.GetProperty("services").EnumerateArray()
            .Select(service => service.GetProperty("service_user").GetString()).OfType<string>().ToList();

        var bootstrap = await SharpStackProcess.RunAsync("bootstrap", "--config", config, "--admin-password", "secret", "--service-password", "s3rvice");
        await using var identity = SharpStackProcess.Start(["serve", "--config", config, "--services", "identity"]);
        await identity.WaitForLineAsync("SharpStack is serving", TimeSpan.FromSeconds(60));
        using var http = new HttpClient();

        Assert.True(bootstrap.ExitCode == 0, bootstrap.Output);
        Assert.Contains("Service users in project service: ", bootstrap.Output, StringComparison.Ordinal);
        Assert.NotEmpty(serviceUsers);
        foreach (var user in serviceUsers)
        {
            var (status, roles) = await IssueTokenAsync(http, user, "s3rvice", "service");
            Assert.Equal(HttpStatusCode.Created, status);
            Assert.Contains("service", roles);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await IssueTokenAsync(http, serviceUsers[0], "wrong", "service")).Status);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> IssueAdminTokenAsync(HttpClient http)
    {
        const string body = """
            {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "admin", "domain": {"id": "default"}, "password": "secret"}}},
                      "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}}
            """;
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(_ports.Url("identity") + "/auth/tokens"), content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.GetValues("X-Subject-Token").Single();
    }

    private async Task<(HttpStatusCode Status, List<string?> Roles)> IssueTokenAsync(HttpClient http, string user, string password, string project)
    {
        var body = new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject
                {
                    ["methods"] = new JsonArray("password"),
                    ["password"] = new JsonObject { ["user"] = new JsonObject { ["name"] = user, ["domain"] = new JsonObject { ["id"] = "default" }, ["password"] = password } },
                },
                ["scope"] = new JsonObject { ["project"] = new JsonObject { ["name"] = project, ["domain"] = new JsonObject { ["id"] = "default" } } },
            },
        };
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(_ports.Url("identity") + "/auth/tokens?nocatalog"), content);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (response.StatusCode, []);
        }

        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, token.RootElement.GetProperty("token").GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList());
    }

    private static string PostgresConnection() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException($"{PostgresVariable} names no PostgreSQL server; run ./test.sh, which starts one.");

    private string WriteConfig(string connection)
    {
        var path = Path.Combine(_folder.FullName, "sharpstack.conf");
        File.WriteAllText(path, $"""
            [DEFAULT]
            data_dir = {_folder.FullName}

            [database]
            connection = {connection}
            database_name = it{Guid.NewGuid():N}_{"{service}"}

            {_ports.IniSections()}[keystone_authtoken]
            auth_url = {_ports.Url("identity")}
            username = admin
            password = secret
            project_name = admin
            http_connect_timeout = 60
            """);
        return path;
    }
}
