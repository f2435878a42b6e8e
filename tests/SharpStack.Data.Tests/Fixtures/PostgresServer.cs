using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SharpStack.Testing;
using SharpStack.Testing.Databases;

namespace SharpStack.Data.Tests.Fixtures;

/// <summary>
/// The PostgreSQL server of the tests: the harness's <see cref="PostgresTestServer"/> when SHARPSTACK_TEST_POSTGRES names
/// one, or else a private one started with scripts/postgres.sh on a free port and stopped afterwards. Never skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _directory;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is { } configured)
        {
            ConnectionString = configured;
            return;
        }
        _directory = Path.Combine(Path.GetTempPath(), $"sharpstack-test-postgres-{Guid.NewGuid():N}");
        var port = FreePort();
        await RunScriptAsync("start", port);
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres";
    }

    public async Task DisposeAsync()
    {
        if (_directory is null)
        {
            return;
        }
        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunScriptAsync("stop", 0);
        Directory.Delete(_directory, recursive: true);
    }

    private async Task RunScriptAsync(string verb, int port)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Find(), "scripts", "postgres.sh"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SHARPSTACK_POSTGRES_DIR"] = _directory;
        if (port > 0)
        {
            start.Environment["SHARPSTACK_POSTGRES_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/postgres.sh {verb} failed ({process.ExitCode}); set {PostgresTestServer.EnvironmentVariable} to use another server. {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
