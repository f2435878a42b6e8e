using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Auth;

/// <summary>The local validator until the service registers its own: every token is invalid, so requests get 401.</summary>
internal sealed class RejectingTokenValidator : ITokenValidator
{
    public Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken) => Task.FromResult<AuthContext?>(null);
}
