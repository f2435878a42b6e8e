using Microsoft.Data.Sqlite;
using Npgsql;

namespace SharpStack.Data;

/// <summary>Turns <see cref="DatabaseOptions"/> into the database of one service.</summary>
public static class DatabaseTargetResolver
{
    /// <summary>Resolves the provider and connection string of <paramref name="serviceName"/>'s database.</summary>
    /// <exception cref="FormatException">The connection setting is neither SQLite nor a PostgreSQL URL or connection string.</exception>
    public static DatabaseTarget Resolve(DatabaseOptions options, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var connection = options.Connection.Trim();
        return IsSqlite(connection) ? ResolveSqlite(options, serviceName) : ResolvePostgres(options, serviceName, connection);
    }

    private static bool IsSqlite(string connection) =>
        connection.Length == 0 || connection.Equals("sqlite", StringComparison.OrdinalIgnoreCase);

    private static DatabaseTarget ResolveSqlite(DatabaseOptions options, string serviceName)
    {
        var file = Path.Combine(DataDirectory(options), $"{serviceName}.db");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            ForeignKeys = true,
            DefaultTimeout = options.BusyTimeoutSeconds,
            Pooling = true,
        };
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ConnectionString, file);
    }

    private static string DataDirectory(DatabaseOptions options) =>
        options.DataDirectory.Length > 0
            ? Path.GetFullPath(options.DataDirectory)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "sharpstack");

    private static DatabaseTarget ResolvePostgres(DatabaseOptions options, string serviceName, string connection)
    {
        var builder = PostgresConnectionString.Parse(connection);
        var template = string.IsNullOrEmpty(builder.Database) ? options.DatabaseName : builder.Database;
        builder.Database = template.Replace("{service}", serviceName.Replace('-', '_'), StringComparison.Ordinal);
        builder.MaxPoolSize = options.MaxPoolSize;
        builder.Timeout = options.ConnectTimeoutSeconds;
        builder.CommandTimeout = options.CommandTimeoutSeconds;
        var location = $"{builder.Host}:{builder.Port}/{builder.Database}";
        return new DatabaseTarget(DatabaseProvider.Postgres, builder.ConnectionString, location);
    }
}
