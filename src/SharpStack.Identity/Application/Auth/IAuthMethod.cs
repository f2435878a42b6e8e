namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// One authentication method of <c>POST /v3/auth/tokens</c> (password, token, application_credential, totp, ...),
/// registered as <c>IEnumerable&lt;IAuthMethod&gt;</c> and chosen by <see cref="Name"/> from <c>identity.methods</c>.
/// </summary>
internal interface IAuthMethod
{
    /// <summary>The method name clients send, e.g. <c>password</c>.</summary>
    string Name { get; }

    /// <summary>Checks <c>identity.&lt;Name&gt;</c>; throws UnauthorizedException (401) or BadRequestException (400 naming the field).</summary>
    Task<AuthMethodResult> AuthenticateAsync(AuthMethodContext context, CancellationToken cancellationToken);
}
