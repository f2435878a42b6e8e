namespace SharpStack.Hosting.Clients;

/// <summary>keystoneauth's retry delays: a fixed delay when configured, otherwise 0.5 s doubling up to 60 s.</summary>
internal sealed class RetryDelays(double? fixedSeconds)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(60);
    private TimeSpan _next = fixedSeconds is > 0 ? TimeSpan.FromSeconds(fixedSeconds.Value) : First;

    public TimeSpan Next()
    {
        var delay = _next;
        if (fixedSeconds is not > 0)
        {
            _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Longest.Ticks));
        }

        return delay;
    }
}
