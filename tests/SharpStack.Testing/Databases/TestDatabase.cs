namespace SharpStack.Testing.Databases;

/// <summary>The <c>[database]</c> settings of one test service and the clean-up that removes its data afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _dropAsync;

    private TestDatabase(IReadOnlyList<KeyValuePair<string, string?>> settings, Func<Task> dropAsync)
    {
        Settings = settings;
        _dropAsync = dropAsync;
    }

    public IReadOnlyList<KeyValuePair<string, string?>> Settings { get; }

    /// <summary>SQLite files in <paramref name="dataDirectory"/>, which the caller owns and deletes.</summary>
    public static TestDatabase Sqlite(DirectoryInfo dataDirectory) => new(
        [new("database:connection", "sqlite"), new("database:data_dir", dataDirectory.FullName)],
        () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return Task.CompletedTask;
        });

    /// <summary>Fresh databases (<c>sharpstack_test_&lt;random&gt;_&lt;service&gt;</c>) on the tests' PostgreSQL server.</summary>
    /// <exception cref="InvalidOperationException">No test server is configured.</exception>
    public static TestDatabase Postgres() => Postgres(
        PostgresTestServer.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresTestServer.EnvironmentVariable} names no PostgreSQL server; ./test.sh starts one."));

    /// <summary>Fresh databases (<c>sharpstack_test_&lt;random&gt;_&lt;service&gt;</c>) on the PostgreSQL server <paramref name="server"/> names.</summary>
    public static TestDatabase Postgres(string server)
    {
        ArgumentException.ThrowIfNullOrEmpty(server);
        var prefix = $"sharpstack_test_{Guid.NewGuid():N}";
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = prefix + "_{service}" }.ConnectionString;
        return new TestDatabase([new("database:connection", connection)], () => PostgresTestServer.DropDatabasesAsync(server, prefix));
    }

    public static TestDatabase Create(TestDatabaseKind kind, DirectoryInfo dataDirectory) =>
        kind == TestDatabaseKind.Postgres ? Postgres() : Sqlite(dataDirectory);

    public async ValueTask DisposeAsync() => await _dropAsync();
}
