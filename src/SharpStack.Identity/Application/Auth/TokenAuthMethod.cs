using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// The <c>token</c> method: a valid token gets a new one (rescoping), keeping its user, methods, expiry and audit chain.
/// As Keystone: an invalid token is 404, a trust-scoped token cannot be rescoped, a system-scoped one not to a project.
/// </summary>
internal sealed class TokenAuthMethod(TokenService tokens) : IAuthMethod
{
    public string Name => "token";

    public async Task<AuthMethodResult> AuthenticateAsync(AuthMethodContext context, CancellationToken cancellationToken)
    {
        // keystone/auth/schema.py token_issue requires the id and types it.
        var id = context.Data.GetProperty("id").GetString()!;
        var token = await tokens.ValidateAsync(id, allowExpired: false, cancellationToken) ?? throw AuthErrors.TokenNotFound(id);
        var payload = token.Payload;
        if (payload.TrustId is not null)
        {
            throw new ForbiddenException(
                "You are not authorized to perform the requested action: Using trust-scoped token to create another token. Create a new trust-scoped token instead.");
        }

        if (payload.System is not null && context.Request.Scope.Kind is AuthScopeKind.Project or AuthScopeKind.Trust)
        {
            throw new ForbiddenException(
                "You are not authorized to perform the requested action: Using a system-scoped token to create a project-scoped or trust-scoped token is not allowed.");
        }

        // A token from an application credential stays bound to it: same credential, same project, no other scope.
        if (payload.ApplicationCredentialId is not null && context.Request.Scope.Kind is not AuthScopeKind.Default)
        {
            throw new ForbiddenException(
                "You are not authorized to perform the requested action: Using an application credential token to create a scoped token is not allowed.");
        }

        return new AuthMethodResult(payload.UserId)
        {
            ApplicationCredentialId = payload.ApplicationCredentialId,
            RequiredProjectId = payload.ApplicationCredentialId is null ? null : payload.ProjectId,
            ExtraMethods = payload.Methods,
            ExpiresAt = payload.ExpiresAt,
            ParentAuditId = payload.AuditIds.Count > 0 ? payload.AuditIds[^1] : null,
            SourceToken = payload,
        };
    }
}
