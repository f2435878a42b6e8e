using Microsoft.Data.Sqlite;

namespace SharpStack.Robustness.Tests;

/// <summary>The snapshot itself: it sees a committed row and a new file, and nothing when nothing changed.</summary>
public sealed class ServiceSnapshotTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sharpstack-snapshot");

    [Fact]
    public void Changes_AfterACommitOrANewFile_NameWhatChanged()
    {
        var path = Path.Combine(_folder.FullName, "service.db");
        Execute(path, "CREATE TABLE thing (id TEXT, failed_auth_count INTEGER)", "INSERT INTO thing VALUES ('a', 0)");
        using var snapshot = new ServiceSnapshot(_folder);
        snapshot.Reset();
        Assert.Empty(snapshot.Changes());

        Execute(path, "UPDATE thing SET failed_auth_count = 1");
        Assert.Empty(snapshot.Changes());

        Execute(path, "INSERT INTO thing VALUES ('b', 0)");
        Assert.Equal(["service.db/thing: 1 -> 2"], snapshot.Changes());

        Execute(path, "UPDATE thing SET id = 'c' WHERE id = 'b'");
        Assert.Equal(["service.db/thing: 2 -> 2"], snapshot.Changes());

        File.WriteAllText(Path.Combine(_folder.FullName, "stored-data"), "x");
        Assert.Equal(["stored-data: none -> 1"], snapshot.Changes());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static void Execute(string path, params string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }
}
