using SharpStack.Common.Auth;
using SharpStack.Hosting.Auth;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Identity's own requests: validates <c>X-Auth-Token</c> in process (Hosting's local mode), no catalog.</summary>
internal sealed class IdentityTokenValidator(TokenService tokens) : ITokenValidator
{
    public async Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken) =>
        await tokens.ValidateAsync(token, allowExpired: false, cancellationToken) is { } data ? ToAuthContext(data) : null;

    public static AuthContext ToAuthContext(TokenData data) => new()
    {
        Token = data.Id,
        ExpiresAt = data.Payload.ExpiresAt,
        UserId = data.User.Id,
        UserName = data.User.Name,
        UserDomainId = data.User.DomainId,
        UserDomainName = data.User.DomainName,
        ProjectId = data.Project?.Id,
        ProjectName = data.Project?.Name,
        ProjectDomainId = data.Project?.DomainId,
        ProjectDomainName = data.Project?.DomainName,
        DomainId = data.Domain?.Id,
        DomainName = data.Domain?.Name,
        SystemScope = data.Payload.System,
        Roles = [.. data.Roles.Select(role => role.Name)],
        AuditIds = data.Payload.AuditIds,
    };
}
