namespace SharpStack.Messaging;

/// <summary>
/// Remembers the ids of recently handled messages so that a redelivery (after a broker restart, or a
/// publish retried because its confirm was lost) is not applied twice.
/// </summary>
internal sealed class DeliveryDeduplicator(int capacity = 100_000)
{
    private readonly Dictionary<string, TaskCompletionSource<bool>> _outcomes = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Null when the caller owns the message and must call <see cref="End"/>; otherwise the first delivery's outcome.</summary>
    public Task<bool>? TryBegin(string key)
    {
        lock (_lock)
        {
            if (_outcomes.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }

            _outcomes[key] = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _order.Enqueue(key);
            while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _outcomes.Remove(oldest);
            }

            return null;
        }
    }

    /// <summary>Records whether the message was handled; one that was not may be delivered again.</summary>
    public void End(string key, bool handled)
    {
        TaskCompletionSource<bool>? outcome;
        lock (_lock)
        {
            if (!_outcomes.TryGetValue(key, out outcome))
            {
                return;
            }

            if (!handled)
            {
                _outcomes.Remove(key);
            }
        }

        outcome.TrySetResult(handled);
    }
}
