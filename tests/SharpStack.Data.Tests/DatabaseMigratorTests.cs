using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data.Tests.Fixtures;
using SharpStack.Identity.Persistence;

namespace SharpStack.Data.Tests;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_PostgresUnreachable_ThrowsDatabaseUnavailableNamingHostAndPort()
    {
        var port = ClosedPort();
        await using var database = IdentityDatabase.UnreachablePostgres(port);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() =>
            database.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("identity", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task MigrateAsync_Sqlite_WalModeAndForeignKeysOn()
    {
        await using var database = IdentityDatabase.Sqlite();
        await database.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var (journalMode, foreignKeys) = await database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IdentityDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            return (await ScalarAsync(connection, "PRAGMA journal_mode"), await ScalarAsync(connection, "PRAGMA foreign_keys"));
        });

        Assert.Equal("wal", journalMode);
        Assert.Equal("1", foreignKeys);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
