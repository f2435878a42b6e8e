using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// What a service has stored, taken straight from its data folder: the row count and a hash of the rows of every table
/// of each of its SQLite files, and the size of every other file (image data, staging). Cheap when nothing changed:
/// SQLite's <c>data_version</c> tells whether anyone committed since the last look.
/// </summary>
public sealed class ServiceSnapshot(DirectoryInfo dataDirectory) : IDisposable
{
    /// <summary>
    /// Bookkeeping a refused request changes by design, left out: Keystone counts a wrong password against the user
    /// even as it answers 401 (keystone/identity/backends/sql.py <c>authenticate</c>, for <c>lockout_failure_attempts</c>).
    /// </summary>
    private static readonly HashSet<string> BookkeepingColumns = new(["failed_auth_count", "failed_auth_at", "last_active_at"], StringComparer.Ordinal);

    private readonly Dictionary<string, SqliteConnection> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _last = new Dictionary<string, string>();
    private Dictionary<string, string> _lastFiles = new(StringComparer.Ordinal);

    /// <summary>Takes the state as it is now, the base of the next <see cref="Changes"/>.</summary>
    public void Reset() => _last = Take(force: true) ?? _last;

    /// <summary>What changed since the last look (table or file, with the counts before and after); empty for nothing.</summary>
    public IReadOnlyList<string> Changes()
    {
        var now = Take(force: false);
        if (now is null)
        {
            return [];
        }

        var before = _last;
        _last = now;
        return
        [
            .. before.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
                .Where(key => before.GetValueOrDefault(key) != now.GetValueOrDefault(key))
                .Select(key => $"{key}: {Count(before.GetValueOrDefault(key))} -> {Count(now.GetValueOrDefault(key))}"),
        ];
    }

    public void Dispose()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Dispose();
        }
    }

    private static string Count(string? entry) => entry is null ? "none" : entry.Split(' ')[0];

    /// <summary>The state, or null when no database committed and the files are as they were.</summary>
    private Dictionary<string, string>? Take(bool force)
    {
        var state = Files();
        var changed = force || state.Count != _lastFiles.Count || state.Any(file => _lastFiles.GetValueOrDefault(file.Key) != file.Value);
        _lastFiles = new Dictionary<string, string>(state, StringComparer.Ordinal);
        var databases = dataDirectory.EnumerateFiles("*.db", SearchOption.AllDirectories).OrderBy(file => file.FullName, StringComparer.Ordinal).ToList();
        foreach (var database in databases)
        {
            var version = Scalar(Connection(database.FullName), "PRAGMA data_version");
            changed |= _versions.GetValueOrDefault(database.FullName, -1) != version;
            _versions[database.FullName] = version;
        }

        if (!changed)
        {
            return null;
        }

        foreach (var database in databases)
        {
            var connection = Connection(database.FullName);
            foreach (var table in Tables(connection))
            {
                state[$"{database.Name}/{table}"] = Rows(connection, table);
            }
        }

        return state;
    }

    private Dictionary<string, string> Files() => dataDirectory.EnumerateFiles("*", SearchOption.AllDirectories)
        .Where(file => !file.Name.Contains(".db", StringComparison.Ordinal))
        .ToDictionary(file => Path.GetRelativePath(dataDirectory.FullName, file.FullName), file => $"{file.Length} bytes", StringComparer.Ordinal);

    private SqliteConnection Connection(string path)
    {
        if (!_connections.TryGetValue(path, out var connection))
        {
            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            connection.Open();
            _connections[path] = connection;
        }

        return connection;
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static string Rows(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var row = new StringBuilder();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                if (BookkeepingColumns.Contains(reader.GetName(column)))
                {
                    continue;
                }

                var value = reader.GetValue(column);
                row.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001f');
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
        return string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows {hash[..16]}");
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
