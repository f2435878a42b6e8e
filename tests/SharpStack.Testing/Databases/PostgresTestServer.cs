using Npgsql;

namespace SharpStack.Testing.Databases;

/// <summary>The PostgreSQL server <c>./test.sh</c> starts and names in <c>SHARPSTACK_TEST_POSTGRES</c>.</summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "SHARPSTACK_TEST_POSTGRES";

    /// <summary>The server's connection string, or null when no test server is there.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : null;

    /// <summary>Drops every database whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task DropDatabasesAsync(string serverConnectionString, string prefix)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection))
        {
            list.Parameters.AddWithValue("prefix", prefix);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
