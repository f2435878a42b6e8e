using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SharpStack.Data;

/// <summary>Explains failures to reach or open a database in one sentence an operator can act on.</summary>
internal static class DatabaseErrors
{
    private const int SqliteCantOpen = 14;
    private const int SqliteReadOnly = 8;
    private const int SqlitePermission = 3;

    public static string? Explain(Exception exception, string serviceName, DatabaseTarget target) =>
        Flatten(exception).Select(ex => ExplainOne(ex, serviceName, target)).FirstOrDefault(message => message is not null);

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            yield return ex;
        }
    }

    private static string? ExplainOne(Exception exception, string serviceName, DatabaseTarget target) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } pg =>
            $"PostgreSQL at {Server(target)} rejected the login for the {serviceName} database ({pg.MessageText}): check the user and password in the database connection setting.",
        PostgresException { SqlState: "42501" } pg =>
            $"PostgreSQL at {Server(target)} refused to create or change the {serviceName} database ({pg.MessageText}): grant the user CREATEDB or create the database {Database(target)} beforehand.",
        PostgresException { SqlState: "57P03" or "53300" } pg =>
            $"PostgreSQL at {Server(target)} is not accepting connections for the {serviceName} database ({pg.MessageText}): wait for it to finish starting or raise max_connections.",
        PostgresException => null,
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or SocketException =>
            $"Cannot connect to PostgreSQL at {Server(target)} for the {serviceName} database ({Innermost(exception).Message.TrimEnd('.')}): check that the server is running and reachable from this host and that the database connection setting names the right host and port.",
        SqliteException { SqliteErrorCode: SqliteCantOpen or SqliteReadOnly or SqlitePermission } =>
            $"Cannot open the SQLite file {target.Location} of the {serviceName} database ({exception.Message.TrimEnd('.')}): check that its folder exists and is writable by this user.",
        UnauthorizedAccessException or IOException when target.Provider == DatabaseProvider.Sqlite =>
            $"Cannot create the folder of the SQLite file {target.Location} for the {serviceName} database ({exception.Message.TrimEnd('.')}): check data_dir and its permissions.",
        _ => null,
    };

    private static Exception Innermost(Exception exception) => Flatten(exception).Last();

    private static string Server(DatabaseTarget target) => target.Location[..target.Location.LastIndexOf('/')];

    private static string Database(DatabaseTarget target) => target.Location[(target.Location.LastIndexOf('/') + 1)..];
}
