namespace SharpStack.Messaging;

/// <summary>Stops a consumer once, then tells its owner.</summary>
internal sealed class Subscription(IAsyncDisposable consumer, Action onDisposed) : IAsyncDisposable
{
    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await consumer.DisposeAsync();
            onDisposed();
        }
    }
}
