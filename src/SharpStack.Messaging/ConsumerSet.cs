using System.Collections.Concurrent;

namespace SharpStack.Messaging;

/// <summary>The consumers a bus started, so that disposing the bus stops those still running.</summary>
internal sealed class ConsumerSet
{
    private readonly ConcurrentDictionary<IAsyncDisposable, byte> _consumers = new();

    public IAsyncDisposable Add(IAsyncDisposable consumer)
    {
        _consumers[consumer] = 0;
        return new Subscription(consumer, () => _consumers.TryRemove(consumer, out _));
    }

    public async Task DisposeAllAsync()
    {
        foreach (var consumer in _consumers.Keys)
        {
            await consumer.DisposeAsync();
        }
    }
}
