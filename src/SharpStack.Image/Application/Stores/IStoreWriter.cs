namespace SharpStack.Image.Application.Stores;

/// <summary>One write of image data into a store; nothing is visible until <see cref="CommitAsync"/> returns.</summary>
internal interface IStoreWriter : IAsyncDisposable
{
    ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct);

    /// <summary>Makes the data durable and visible at its location, atomically; returns the location.</summary>
    Task<string> CommitAsync(CancellationToken ct);
}
