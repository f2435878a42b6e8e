using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SharpStack.Identity.Application;

namespace SharpStack.Data.Tests.Fixtures;

/// <summary>An empty Identity database of its own (a temporary SQLite folder or a fresh PostgreSQL database) and the services over it.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _cleanUp;

    private TestDatabase(Dictionary<string, string?> settings, Func<Task> cleanUp)
    {
        _cleanUp = cleanUp;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddIdentityApplication()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public ServiceProvider Services { get; }

    public static TestDatabase Sqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sharpstack-test-{Guid.NewGuid():N}");
        return new TestDatabase(
            new() { ["database:connection"] = "sqlite", ["database:data_dir"] = directory },
            () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
                return Task.CompletedTask;
            });
    }

    public static TestDatabase Postgres(string serverConnectionString)
    {
        var prefix = $"sharpstack_test_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = prefix + "_{service}" };
        return new TestDatabase(
            new() { ["database:connection"] = builder.ConnectionString },
            () => DropAsync(serverConnectionString, prefix + "_identity"));
    }

    /// <summary>A PostgreSQL server that is not there: nothing listens on <paramref name="port"/>.</summary>
    public static TestDatabase UnreachablePostgres(int port) =>
        new(new() { ["database:connection"] = $"Host=127.0.0.1;Port={port};Username=postgres;Timeout=3" }, () => Task.CompletedTask);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _cleanUp();
    }

    private static async Task DropAsync(string serverConnectionString, string database)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
