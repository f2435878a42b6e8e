using System.Web;
using Npgsql;

namespace SharpStack.Data;

/// <summary>Reads PostgreSQL connection settings written as an OpenStack-style URL or as an Npgsql connection string.</summary>
internal static class PostgresConnectionString
{
    private static readonly string[] Schemes = ["postgresql", "postgres", "postgresql+psycopg2"];

    public static NpgsqlConnectionStringBuilder Parse(string connection)
    {
        if (connection.Contains("://", StringComparison.Ordinal))
        {
            return ParseUrl(connection);
        }
        if (!connection.Contains('=', StringComparison.Ordinal))
        {
            throw new FormatException($"The database connection '{connection}' is neither 'sqlite', a postgresql:// URL nor a Host=...;Username=... connection string.");
        }
        try
        {
            return new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"The database connection string is not valid for PostgreSQL: {ex.Message}", ex);
        }
    }

    private static NpgsqlConnectionStringBuilder ParseUrl(string connection)
    {
        if (!Uri.TryCreate(connection, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            throw new FormatException($"The database URL must look like postgresql://user:password@host:5432/ (scheme one of {string.Join(", ", Schemes)}).");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.IdnHost,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        AddQuery(builder, uri.Query);
        return builder;
    }

    private static void AddQuery(NpgsqlConnectionStringBuilder builder, string query)
    {
        var parameters = HttpUtility.ParseQueryString(query);
        foreach (var key in parameters.AllKeys.OfType<string>())
        {
            try
            {
                builder[key] = parameters[key];
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"The database URL parameter '{key}' is not a PostgreSQL connection setting.", ex);
            }
        }
    }
}
