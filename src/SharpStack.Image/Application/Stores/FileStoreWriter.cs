namespace SharpStack.Image.Application.Stores;

/// <summary>Writes to a <c>.partial</c> file; commit flushes it to disk and renames it over the final name, atomically.</summary>
internal sealed class FileStoreWriter : IStoreWriter
{
    /// <summary>The size of the writes the upload pipeline makes, reported as the store's chunk size.</summary>
    public const int ChunkSize = 1024 * 1024;

    private readonly string _partialPath;
    private readonly string _finalPath;
    private readonly string _location;
    private readonly FileStream _file;
    private bool _committed;

    public FileStoreWriter(string partialPath, string finalPath, string location)
    {
        _partialPath = partialPath;
        _finalPath = finalPath;
        _location = location;
        _file = new FileStream(partialPath, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
        });
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct) => _file.WriteAsync(data, ct);

    public async Task<string> CommitAsync(CancellationToken ct)
    {
        _file.Flush(flushToDisk: true);
        await _file.DisposeAsync();
        File.Move(_partialPath, _finalPath, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(_finalPath)!);
        _committed = true;
        return _location;
    }

    public async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync();
        if (!_committed)
        {
            File.Delete(_partialPath);
        }
    }
}
