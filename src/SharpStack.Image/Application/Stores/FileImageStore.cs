using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Stores;

/// <summary>
/// Glance's file store: each image's data is one file named after the image in the store's folder. A write goes
/// to a <c>.partial</c> file that is flushed to disk and renamed over the final name only on commit.
/// </summary>
internal sealed class FileImageStore(string id, DirectoryInfo directory, string description, int weight) : IImageStore
{
    public const string StoreKind = "file";
    private const string PartialSuffix = ".partial";

    public string Id => id;

    public string Kind => StoreKind;

    public string Description => description;

    public int Weight => weight;

    public DirectoryInfo Directory => directory;

    public JsonObject DetailProperties() => new()
    {
        ["data_dir"] = directory.FullName,
        ["chunk_size"] = FileStoreWriter.ChunkSize,
        ["thin_provisioning"] = false,
    };

    public string LocationOf(string imageId) => new Uri(PathOf(imageId)).AbsoluteUri;

    public Task<IStoreWriter> CreateWriterAsync(string imageId, CancellationToken ct)
    {
        directory.Create();
        var partial = Path.Combine(directory.FullName, $"{ImageIds.RequireSafe(imageId)}.{Guid.NewGuid():N}{PartialSuffix}");
        return Task.FromResult<IStoreWriter>(new FileStoreWriter(partial, PathOf(imageId), LocationOf(imageId)));
    }

    public Stream OpenRead(string imageId, long offset)
    {
        var stream = new FileStream(PathOf(imageId), new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read | FileShare.Delete,
            BufferSize = 0,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
        stream.Seek(offset, SeekOrigin.Begin);
        return stream;
    }

    public long? SizeOf(string imageId)
    {
        var file = new FileInfo(PathOf(imageId));
        return file.Exists ? file.Length : null;
    }

    public Task DeleteAsync(string imageId, CancellationToken ct)
    {
        File.Delete(PathOf(imageId));
        return Task.CompletedTask;
    }

    public IReadOnlyList<string> ListImageIds() => directory.Exists
        ? [.. directory.EnumerateFiles().Select(file => file.Name).Where(ImageIds.IsSafe)]
        : [];

    public int RemoveIncompleteWrites()
    {
        if (!directory.Exists)
        {
            return 0;
        }

        var removed = 0;
        foreach (var partial in directory.EnumerateFiles("*" + PartialSuffix))
        {
            partial.Delete();
            removed++;
        }

        return removed;
    }

    private string PathOf(string imageId) => Path.Combine(directory.FullName, ImageIds.RequireSafe(imageId));
}
