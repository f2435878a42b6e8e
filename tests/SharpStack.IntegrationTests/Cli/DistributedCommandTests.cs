using System.Globalization;
using System.Net;

namespace SharpStack.IntegrationTests.Cli;

/// <summary>The distributed path: PostgreSQL databases prepared by <c>db upgrade</c> and <c>bootstrap</c>, APIs run by <c>serve</c>.</summary>
public sealed class DistributedCommandTests : IDisposable
{
    private const string PostgresVariable = "SHARPSTACK_TEST_POSTGRES";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-distributed");
    private readonly int _identityPort = FreePort.Next();

    [Fact]
    public async Task DbUpgradeBootstrapServe_OnPostgres_ServesIdentity()
    {
        var config = WriteConfig(PostgresConnection());

        var upgrade = await SharpStackProcess.RunAsync("db", "upgrade", "--config", config);
        Assert.True(upgrade.ExitCode == 0, upgrade.Output);
        Assert.Contains("Databases are up to date: identity.", upgrade.Output, StringComparison.Ordinal);

        var bootstrap = await SharpStackProcess.RunAsync("bootstrap", "--config", config, "--admin-password", "secret");
        Assert.True(bootstrap.ExitCode == 0, bootstrap.Output);
        var again = await SharpStackProcess.RunAsync("bootstrap", "--config", config);
        Assert.Contains("nothing changed", again.Output, StringComparison.Ordinal);

        await using var serve = SharpStackProcess.Start(["serve", "--config", config, "--services", "identity"]);
        await serve.WaitForLineAsync("SharpStack is serving", TimeSpan.FromSeconds(60));
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{_identityPort}/v3"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await serve.TerminateAsync();
        Assert.Equal(0, await serve.WaitForExitAsync(TimeSpan.FromSeconds(10)));
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

    public void Dispose() => _folder.Delete(recursive: true);

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

            [identity]
            port = {_identityPort.ToString(CultureInfo.InvariantCulture)}
            """);
        return path;
    }
}
