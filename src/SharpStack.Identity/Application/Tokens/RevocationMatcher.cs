using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>Keystone's revoke_model.matches: a token is revoked by an event when every field the event sets matches.</summary>
internal static class RevocationMatcher
{
    public static bool IsRevoked(IEnumerable<RevocationEvent> events, TokenData token) => events.Any(e => Matches(e, token));

    public static bool Matches(RevocationEvent revocation, TokenData token)
    {
        var payload = token.Payload;
        if (revocation.UserId is not null && revocation.UserId != payload.UserId)
        {
            return false;
        }

        // A domain event covers the domain's users and the scopes in the domain.
        if (revocation.DomainId is not null && revocation.DomainId != token.User.DomainId && revocation.DomainId != token.ScopeDomainId)
        {
            return false;
        }

        return (revocation.ExpiresAt is null || revocation.ExpiresAt.Value == payload.ExpiresAt.UtcDateTime)
            && Same(revocation.ProjectId, payload.ProjectId)
            && Same(revocation.AuditId, payload.AuditIds.Count > 0 ? payload.AuditIds[0] : null)
            && Same(revocation.AuditChainId, payload.AuditIds.Count > 0 ? payload.AuditIds[^1] : null)
            && Same(revocation.TrustId, payload.TrustId)
            && revocation.ConsumerId is null
            && revocation.AccessTokenId is null
            && (revocation.RoleId is null || token.Roles.Any(role => role.Id == revocation.RoleId))
            && payload.IssuedAt.UtcDateTime <= revocation.IssuedBefore;
    }

    private static bool Same(string? eventValue, string? tokenValue) => eventValue is null || eventValue == tokenValue;
}
