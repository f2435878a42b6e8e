namespace SharpStack.Identity.Tests.Support;

/// <summary>
/// The system clock moved forward by the tests, for lockout durations, password ages and expiry; or, once pinned, one
/// instant that moves only when the tests move it, for passcodes that must not cross into the next 30-second window.
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    private long _offsetTicks;
    private long _pinnedTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Pin(DateTimeOffset at) => Interlocked.Exchange(ref _pinnedTicks, at.UtcTicks);

    public override DateTimeOffset GetUtcNow() =>
        (Interlocked.Read(ref _pinnedTicks) is var pinned and > 0 ? new DateTimeOffset(pinned, TimeSpan.Zero) : System.GetUtcNow()) + Offset;
}
