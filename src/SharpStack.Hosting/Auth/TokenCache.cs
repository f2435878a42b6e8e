using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Auth;

/// <summary>
/// Remembers validation results for <c>token_cache_time</c> (never past the token's expiry), and lets
/// concurrent requests with the same uncached token share one call to Identity.
/// </summary>
internal sealed class TokenCache(ITokenValidator validator, IOptions<KeystoneAuthTokenOptions> options, TimeProvider time)
{
    private const int PruneThreshold = 10_000;
    private readonly ConcurrentDictionary<string, (AuthContext? Auth, DateTimeOffset Until)> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<AuthContext?>>> _pending = new(StringComparer.Ordinal);

    public async Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_results.TryGetValue(token, out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.Auth;
        }

        var pending = _pending.GetOrAdd(token, key => new Lazy<Task<AuthContext?>>(() => ValidateAndStoreAsync(key)));
        return await pending.Value.WaitAsync(cancellationToken);
    }

    // Runs without the caller's cancellation: other requests may be waiting on the same validation.
    private async Task<AuthContext?> ValidateAndStoreAsync(string token)
    {
        try
        {
            var auth = await validator.ValidateAsync(token, CancellationToken.None);
            var now = time.GetUtcNow();
            var until = now.AddSeconds(options.Value.TokenCacheTime);
            if (auth is not null && auth.ExpiresAt < until)
            {
                until = auth.ExpiresAt;
            }

            if (until > now)
            {
                Prune(now);
                _results[token] = (auth, until);
            }

            return auth;
        }
        finally
        {
            _pending.TryRemove(token, out _);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_results.Count < PruneThreshold)
        {
            return;
        }

        foreach (var (key, value) in _results)
        {
            if (value.Until <= now)
            {
                _results.TryRemove(key, out _);
            }
        }
    }
}
