using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Auth;

/// <summary>Keystone's answers to failed authentication: one generic 401 whatever the cause, so that callers learn nothing.</summary>
internal static class AuthErrors
{
    public const string RequiresAuthentication = "The request you have made requires authentication.";

    public static UnauthorizedException Unauthorized() => new(RequiresAuthentication);

    public static NotFoundException TokenNotFound(string token) => new($"Could not find token: {token}.");
}
