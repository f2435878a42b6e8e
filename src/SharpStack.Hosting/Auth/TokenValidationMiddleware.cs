using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Hosting.RequestIds;

namespace SharpStack.Hosting.Auth;

/// <summary>
/// keystonemiddleware's auth_token: validates <c>X-Auth-Token</c> (and <c>X-Service-Token</c>) with Identity,
/// fills the request context, and answers 401 with <c>WWW-Authenticate</c> or 503 when Identity is down.
/// Endpoints with <see cref="IAllowAnonymous"/> metadata are skipped.
/// </summary>
internal sealed partial class TokenValidationMiddleware(
    RequestDelegate next, TokenCache cache, IOptions<KeystoneAuthTokenOptions> options, ServiceApiOptions service, ILogger<TokenValidationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        IdentityHeaders.RemoveIncoming(context.Request.Headers);
        // Identity routes before it authenticates (Keystone's Flask does): an unknown path is 404 even without a token.
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || (context.GetEndpoint() is null && service.TokenValidation == TokenValidationMode.Local))
        {
            await next(context);
            return;
        }

        var auth = await ValidateAsync(context.Request.Headers["X-Auth-Token"].ToString(), "user", context.RequestAborted)
            ?? throw Unauthorized();
        var serviceTokenHeader = context.Request.Headers["X-Service-Token"].ToString();
        if (serviceTokenHeader.Length > 0)
        {
            var service = await ValidateAsync(serviceTokenHeader, "service", context.RequestAborted) ?? throw Unauthorized();
            var isService = options.Value.ServiceTokenRoles.Any(service.HasRole);
            if (!isService && options.Value.ServiceTokenRolesRequired)
            {
                LogServiceTokenWithoutRole(service.UserId);
                throw Unauthorized();
            }

            auth = auth with { ServiceToken = isService ? service : null };
        }

        context.Features.GetRequiredFeature<RequestContextFeature>().Auth = auth;
        IdentityHeaders.Set(context.Request.Headers, auth);
        await next(context);
    }

    private async Task<AuthContext?> ValidateAsync(string token, string kind, CancellationToken cancellationToken)
    {
        if (token.Length == 0)
        {
            LogMissingToken(kind);
            return null;
        }

        try
        {
            var auth = await cache.ValidateAsync(token, cancellationToken);
            if (auth is null)
            {
                LogInvalidToken(kind);
            }

            return auth;
        }
        catch (IdentityUnavailableException exception)
        {
            LogIdentityUnavailable(exception);
            throw new ServiceUnavailableException("The server is currently unavailable. Please try again at a later time.", null, exception);
        }
    }

    private UnauthorizedException Unauthorized()
    {
        var exception = new UnauthorizedException("The request you have made requires authentication.");
        if (options.Value.AdvertisedUri is { } uri)
        {
            exception.Headers["WWW-Authenticate"] = $"Keystone uri=\"{uri}\"";
        }

        return exception;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request: no {Kind} token")]
    private partial void LogMissingToken(string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request: invalid {Kind} token")]
    private partial void LogInvalidToken(string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request: service token of user {UserId} has none of the service roles")]
    private partial void LogServiceTokenWithoutRole(string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Identity is unavailable; answering 503")]
    private partial void LogIdentityUnavailable(Exception exception);
}
