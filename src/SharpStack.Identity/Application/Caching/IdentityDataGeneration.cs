namespace SharpStack.Identity.Application.Caching;

/// <summary>
/// A counter that every write to the Identity database through this process moves on (see
/// <see cref="IdentityWriteInterceptor"/>). Caches tag what they read with the generation current before the read, and
/// drop it once the counter has moved, so a write is seen by the next read that starts after it.
/// </summary>
internal sealed class IdentityDataGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
