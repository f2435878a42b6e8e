using SharpStack.Image.Application.Stores;

namespace SharpStack.Image.Tests.Stores;

public sealed class FileImageStoreTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sharpstack-file-store");

    [Fact]
    public async Task Writer_DisposedWithoutCommit_LeavesNothing()
    {
        var store = new FileImageStore("file", new DirectoryInfo(Path.Combine(_root.FullName, "file")), "", 0);
        var id = Guid.NewGuid().ToString();

        await using (var writer = await store.CreateWriterAsync(id, CancellationToken.None))
        {
            await writer.WriteAsync(new byte[] { 1, 2, 3 }, CancellationToken.None);
        }

        Assert.Null(store.SizeOf(id));
        Assert.Empty(store.Directory.GetFiles());
    }

    [Fact]
    public async Task Writer_Committed_IsVisibleUnderTheImageIdOnly()
    {
        var store = new FileImageStore("file", new DirectoryInfo(Path.Combine(_root.FullName, "file")), "", 0);
        var id = Guid.NewGuid().ToString();

        string location;
        await using (var writer = await store.CreateWriterAsync(id, CancellationToken.None))
        {
            await writer.WriteAsync(new byte[] { 1, 2, 3 }, CancellationToken.None);
            location = await writer.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(3, store.SizeOf(id));
        Assert.Equal([id], store.ListImageIds());
        Assert.Equal(new Uri(Path.Combine(store.Directory.FullName, id)).AbsoluteUri, location);
        await using var read = store.OpenRead(id, 1);
        Assert.Equal(2, read.ReadByte());
    }

    [Fact]
    public async Task Delete_InAStoreThatNeverHeldData_DoesNothing()
    {
        var store = new FileImageStore("file", new DirectoryInfo(Path.Combine(_root.FullName, "never")), "", 0);

        await store.DeleteAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.False(store.Directory.Exists);
    }

    [Fact]
    public async Task Writer_RejectsIdsThatAreNotUuids()
    {
        var store = new FileImageStore("file", new DirectoryInfo(Path.Combine(_root.FullName, "file")), "", 0);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateWriterAsync("../../etc/passwd", CancellationToken.None));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
