using System.Collections.Concurrent;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Identity.Tests.Limits;

/// <summary>Answers for a fixed set of test tokens; any other token is invalid.</summary>
internal sealed class FixedTokenValidator : ITokenValidator
{
    private readonly ConcurrentDictionary<string, AuthContext> _tokens = new(StringComparer.Ordinal);

    public void Add(AuthContext auth) => _tokens[auth.Token] = auth;

    public Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.TryGetValue(token, out var auth) ? auth : null);
}
