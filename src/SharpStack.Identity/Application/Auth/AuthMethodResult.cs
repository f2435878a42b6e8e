using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Application.Auth;

/// <summary>Who a method authenticated, and what the new token inherits from it.</summary>
/// <param name="UserId">The authenticated user; every method of one request must agree on it.</param>
internal sealed record AuthMethodResult(string UserId)
{
    /// <summary>Methods the new token lists besides the requested ones (the token method passes on the original token's).</summary>
    public IReadOnlyList<string> ExtraMethods { get; init; } = [];

    /// <summary>An expiry the new token may not outlive (the token method keeps the original token's).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The audit chain id to carry on (rescoping a token).</summary>
    public string? ParentAuditId { get; init; }

    /// <summary>The token this method authenticated with, when it was one.</summary>
    public TokenPayload? SourceToken { get; init; }

    /// <summary>Set by the application_credential method: the token is bound to the credential and its project.</summary>
    public string? ApplicationCredentialId { get; init; }

    /// <summary>A project the token must be scoped to (application credentials).</summary>
    public string? RequiredProjectId { get; init; }
}
