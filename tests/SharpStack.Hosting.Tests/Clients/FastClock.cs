using System.Collections.Concurrent;

namespace SharpStack.Hosting.Tests.Clients;

/// <summary>A clock the test moves by hand, whose timers fire at once and record how long they were asked to wait.</summary>
internal sealed class FastClock : TimeProvider
{
    private long _nowTicks = DateTimeOffset.UtcNow.UtcTicks;

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _nowTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _nowTicks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Delays.Enqueue(dueTime);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
