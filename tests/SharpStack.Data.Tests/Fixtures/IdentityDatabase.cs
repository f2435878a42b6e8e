using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Identity.Application;
using SharpStack.Testing.Databases;

namespace SharpStack.Data.Tests.Fixtures;

/// <summary>
/// An empty Identity database of its own (the harness's <see cref="TestDatabase"/>: a temporary SQLite folder or a fresh
/// PostgreSQL database) and Identity's application services over it, without a web host.
/// </summary>
internal sealed class IdentityDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _cleanUp;

    private IdentityDatabase(IEnumerable<KeyValuePair<string, string?>> settings, Func<ValueTask> cleanUp)
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

    public static IdentityDatabase Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("sharpstack-test");
        var database = TestDatabase.Sqlite(directory);
        return new IdentityDatabase(database.Settings, async () =>
        {
            await database.DisposeAsync();
            directory.Delete(recursive: true);
        });
    }

    public static IdentityDatabase Postgres(string serverConnectionString)
    {
        var database = TestDatabase.Postgres(serverConnectionString);
        return new IdentityDatabase(database.Settings, database.DisposeAsync);
    }

    /// <summary>A PostgreSQL server that is not there: nothing listens on <paramref name="port"/>.</summary>
    public static IdentityDatabase UnreachablePostgres(int port) =>
        new([new("database:connection", $"Host=127.0.0.1;Port={port};Username=postgres;Timeout=3")], () => ValueTask.CompletedTask);

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
}
