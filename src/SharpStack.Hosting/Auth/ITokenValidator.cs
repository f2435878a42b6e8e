using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Auth;

/// <summary>Asks Identity who a token belongs to.</summary>
public interface ITokenValidator
{
    /// <returns>The token's context, or null when Identity says the token is invalid or expired.</returns>
    /// <exception cref="IdentityUnavailableException">Identity did not answer in time or failed.</exception>
    Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken);
}
