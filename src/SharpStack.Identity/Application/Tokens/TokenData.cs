using SharpStack.Identity.Application.ApplicationCredentials;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>A valid token with what its payload refers to looked up: what the token body and the request context show.</summary>
internal sealed record TokenData(
    string Id,
    TokenPayload Payload,
    TokenUser User,
    TokenProject? Project,
    TokenDomain? Domain,
    IReadOnlyList<TokenRole> Roles)
{
    public bool IsSystemScoped => Payload.System is not null;

    /// <summary>The trust of a trust-scoped token.</summary>
    public TokenTrust? Trust { get; init; }

    /// <summary>The credential of a token issued with the application_credential method.</summary>
    public TokenApplicationCredential? ApplicationCredential { get; init; }

    /// <summary>The domain of the scope: the project's domain, or the scoped domain (Keystone's assignment_domain_id).</summary>
    public string? ScopeDomainId => Project?.DomainId ?? Domain?.Id;
}
