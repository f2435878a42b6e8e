using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Hosting.RequestIds;
using SharpStack.Hosting.Versions;

namespace SharpStack.Hosting.Auth;

/// <summary>
/// keystonemiddleware's auth_token: validates <c>X-Auth-Token</c> (and <c>X-Service-Token</c>) with Identity,
/// fills the request context, and answers 401 with <c>WWW-Authenticate</c> or 503 when Identity is down.
/// Endpoints with <see cref="IAllowAnonymous"/> metadata are skipped.
/// </summary>
internal sealed partial class TokenValidationMiddleware(
    RequestDelegate next, ServiceApiOptions service, IOptions<KeystoneAuthTokenOptions> options, ILogger<TokenValidationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        IdentityHeaders.RemoveIncoming(context.Request.Headers);
        var endpoint = context.GetEndpoint();

        // Identity answers 404 to unknown paths, as Keystone routes before it authenticates.
        if (endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || (endpoint is null && service.EffectiveTokenValidation == TokenValidationMode.Local))
        {
            await next(context);
            return;
        }

        var auth = await ValidateAsync(context, context.Request.Headers["X-Auth-Token"].ToString(), "user")
            ?? throw Unauthorized(context);
        var serviceTokenHeader = context.Request.Headers["X-Service-Token"].ToString();
        if (serviceTokenHeader.Length > 0)
        {
            var serviceAuth = await ValidateAsync(context, serviceTokenHeader, "service") ?? throw Unauthorized(context);
            var isService = options.Value.ServiceTokenRoles.Any(serviceAuth.HasRole);
            if (!isService && options.Value.ServiceTokenRolesRequired)
            {
                LogServiceTokenWithoutRole(serviceAuth.UserId);
                throw Unauthorized(context);
            }

            auth = auth with { ServiceToken = isService ? serviceAuth : null };
        }

        context.Features.GetRequiredFeature<RequestContextFeature>().Auth = auth;
        IdentityHeaders.Set(context.Request.Headers, auth);
        await next(context);
    }

    private async Task<AuthContext?> ValidateAsync(HttpContext context, string token, string kind)
    {
        if (token.Length == 0)
        {
            LogMissingToken(kind);
            return null;
        }

        try
        {
            // Local validation has no cache: a revocation takes effect on the next request.
            var auth = service.EffectiveTokenValidation == TokenValidationMode.Local
                ? await context.RequestServices.GetRequiredService<ITokenValidator>().ValidateAsync(token, context.RequestAborted)
                : await context.RequestServices.GetRequiredService<TokenCache>().ValidateAsync(token, context.RequestAborted);
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

    private UnauthorizedException Unauthorized(HttpContext context)
    {
        var exception = new UnauthorizedException("The request you have made requires authentication.");
        if (options.Value.AdvertisedUri is { } uri)
        {
            exception.Headers["WWW-Authenticate"] = $"Keystone uri=\"{uri}\"";
        }
        else if (service.EffectiveTokenValidation == TokenValidationMode.Local)
        {
            // Keystone advertises itself: its base URL without the trailing slash.
            exception.Headers["WWW-Authenticate"] = $"Keystone uri=\"{context.GetPublicBaseUri().ToString().TrimEnd('/')}\"";
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
