namespace SharpStack.Identity.Tests.Auth;

/// <summary>The system clock moved forward by an offset the test sets, so expiry is tested without waiting.</summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
