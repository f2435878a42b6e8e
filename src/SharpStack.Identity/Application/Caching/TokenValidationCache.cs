using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Application.Caching;

/// <summary>
/// Valid tokens as the last validation saw them, keyed by the token string. An entry holds only while no Identity write
/// happened in this process since it was read (<see cref="IdentityDataGeneration"/>), the token is not expired, and at
/// most <see cref="TokenOptions.CacheTime"/> seconds (the bound for changes made by other processes that write no
/// revocation event; revocation events from other processes are seen through <see cref="ObserveRevocationMark"/>).
/// Invalid tokens are never cached.
/// </summary>
internal sealed class TokenValidationCache(IdentityDataGeneration generation, IOptions<TokenOptions> options)
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _revocationMark = long.MinValue;

    public bool Enabled => options.Value.Caching && options.Value.CacheTime > 0;

    /// <summary>The generation to pass to <see cref="Set"/>: read it before reading the database.</summary>
    public long Generation => generation.Current;

    public TokenData? Get(string token, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(token, out var entry))
        {
            return null;
        }

        if (entry.Generation == generation.Current && now < entry.Until)
        {
            return entry.Data;
        }

        _entries.TryRemove(KeyValuePair.Create(token, entry));
        return null;
    }

    public void Set(string token, TokenData data, long readGeneration, DateTimeOffset now)
    {
        var until = now.AddSeconds(options.Value.CacheTime);
        if (data.Payload.ExpiresAt < until)
        {
            until = data.Payload.ExpiresAt;
        }

        if (data.ApplicationCredential?.ExpiresAt is { } credentialExpiresAt && new DateTimeOffset(credentialExpiresAt, TimeSpan.Zero) < until)
        {
            until = new DateTimeOffset(credentialExpiresAt, TimeSpan.Zero);
        }

        if (until <= now || readGeneration != generation.Current)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            Prune(now);
        }

        _entries[token] = new Entry(data, readGeneration, until);
    }

    /// <summary>
    /// The newest revocation event id in the shared database; when it moved (another process revoked something), every
    /// cached answer of this process is dropped.
    /// </summary>
    public void ObserveRevocationMark(long mark)
    {
        var seen = Interlocked.Exchange(ref _revocationMark, mark);
        if (seen != mark)
        {
            generation.Advance();
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var current = generation.Current;
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation != current || entry.Until <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(TokenData Data, long Generation, DateTimeOffset Until);
}
