namespace SharpStack.Image.Application.Data;

/// <summary>An open read of image data: <paramref name="Length"/> bytes from <paramref name="Offset"/> of <paramref name="TotalSize"/>.</summary>
internal sealed record ImageData(Stream Stream, long Offset, long Length, long TotalSize, string? Checksum) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
