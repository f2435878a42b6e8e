using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Application.ApplicationCredentials;

/// <summary>The token of a request to the application credential and access rule APIs, and Keystone's checks on how it was issued.</summary>
internal sealed class CallerToken(TokenService tokens)
{
    /// <summary>The caller's token data; 403 when it is trust-scoped (a delegation may not mint lasting credentials).</summary>
    public async Task<TokenData> GetAsync(string token, CancellationToken cancellationToken)
    {
        var data = await tokens.ValidateAsync(token, allowExpired: false, cancellationToken) ?? throw AuthErrors.Unauthorized();
        return data.Payload.TrustId is null
            ? data
            : throw new ForbiddenException("Cannot manage application credentials with a token issued via delegation.");
    }

    /// <summary>A token from a restricted application credential may not create or delete application credentials.</summary>
    public static void RequireUnrestricted(TokenData token)
    {
        if (token.Payload.Methods.Contains("application_credential") && token.ApplicationCredential is not { Unrestricted: true })
        {
            throw new ForbiddenException(
                "You are not authorized to perform the requested action: Using method 'application_credential' is not allowed for managing additional application credentials.");
        }
    }
}
