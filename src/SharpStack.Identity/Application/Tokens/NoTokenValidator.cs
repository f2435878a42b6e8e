using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Accepts no token: stands in until Identity validates the tokens it issues.</summary>
internal sealed class NoTokenValidator : ITokenValidator
{
    public Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken) => Task.FromResult<AuthContext?>(null);
}
