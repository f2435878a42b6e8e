using System.Collections.Concurrent;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Image.Tests.Support;

/// <summary>Maps fixed test tokens to callers, standing in for the Identity service.</summary>
internal sealed class FakeTokenValidator : ITokenValidator
{
    private readonly ConcurrentDictionary<string, AuthContext> _tokens = new(StringComparer.Ordinal);

    public void Add(AuthContext auth) => _tokens[auth.Token] = auth;

    public Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.TryGetValue(token, out var auth) ? auth : null);
}
