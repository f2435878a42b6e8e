namespace SharpStack.Messaging.Tests.Fakes;

/// <summary>Counts events and lets a test await a count, with a deadline instead of a sleep.</summary>
public sealed class Countdown
{
    private readonly Lock _lock = new();
    private readonly List<(int Target, TaskCompletionSource Reached)> _waiters = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Signal()
    {
        lock (_lock)
        {
            _count++;
            foreach (var waiter in _waiters.Where(w => w.Target <= _count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async Task WaitForAsync(int target, TimeSpan timeout)
    {
        TaskCompletionSource reached;
        lock (_lock)
        {
            if (_count >= target)
            {
                return;
            }

            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((target, reached));
        }

        try
        {
            await reached.Task.WaitAsync(timeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Reached {Count} of {target} within {timeout}.", exception);
        }
    }
}
