using System.Threading.Channels;

namespace SharpStack.Messaging.InMemory;

/// <summary>Reads queues with a few concurrent loops until disposed; a message whose handler was stopped goes back to its queue.</summary>
internal sealed class InMemoryConsumer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _loops;
    private readonly Action? _onDisposed;

    public InMemoryConsumer(
        IReadOnlyList<(string Queue, Channel<byte[]> Channel)> queues,
        int concurrency,
        Func<string, byte[], CancellationToken, Task> handler,
        Action? onDisposed = null)
    {
        _onDisposed = onDisposed;
        _loops = queues
            .SelectMany(q => Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => RunAsync(q.Queue, q.Channel, handler))))
            .ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
        _onDisposed?.Invoke();
        _stop.Dispose();
    }

    private async Task RunAsync(string queue, Channel<byte[]> channel, Func<string, byte[], CancellationToken, Task> handler)
    {
        var ct = _stop.Token;
        try
        {
            while (await channel.Reader.WaitToReadAsync(ct))
            {
                if (!channel.Reader.TryRead(out var body))
                {
                    continue;
                }

                try
                {
                    await handler(queue, body, ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    channel.Writer.TryWrite(body);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
