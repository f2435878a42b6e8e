using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Data;

namespace SharpStack.Identity.Application.Tokens.Fernet;

/// <summary>
/// The key folder as keystone-manage keeps it: files named by number, 0 the staged key, the highest the primary.
/// Created (0700, keys 0600) on first use; re-read when the folder changes, checked at most once a second.
/// </summary>
internal sealed partial class FernetKeyRepository(
    IOptions<FernetTokensOptions> options, IOptions<DatabaseOptions> database, TimeProvider time, ILogger<FernetKeyRepository> logger)
{
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private Snapshot? _snapshot;

    public string Location { get; } = options.Value.ResolveRepository(DataDirectory(database.Value));

    /// <summary>The primary key first, then the others, newest first, as Keystone's MultiFernet orders them.</summary>
    public IReadOnlyList<FernetKey> Keys
    {
        get
        {
            var snapshot = _snapshot;
            var now = time.GetUtcNow();
            if (snapshot is not null && now - snapshot.CheckedAt < RecheckInterval)
            {
                return snapshot.Keys;
            }

            lock (_lock)
            {
                snapshot = _snapshot;
                var writeTime = Directory.Exists(Location) ? Directory.GetLastWriteTimeUtc(Location) : DateTime.MinValue;
                if (snapshot is null || snapshot.WriteTime != writeTime)
                {
                    if (!FernetKeyFolder.HasKeys(Location))
                    {
                        FernetKeyFolder.Initialize(Location);
                        LogInitialized(Location);
                        writeTime = Directory.GetLastWriteTimeUtc(Location);
                    }

                    snapshot = new Snapshot(FernetKeyFolder.Load(Location), writeTime, now);
                }
                else
                {
                    snapshot = snapshot with { CheckedAt = now };
                }

                _snapshot = snapshot;
                return snapshot.Keys;
            }
        }
    }

    private static string DataDirectory(DatabaseOptions database) =>
        database.DataDirectory.Length > 0
            ? database.DataDirectory
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "sharpstack");

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the Fernet key repository {Location}")]
    private partial void LogInitialized(string location);

    private sealed record Snapshot(IReadOnlyList<FernetKey> Keys, DateTime WriteTime, DateTimeOffset CheckedAt);
}
