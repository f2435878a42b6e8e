namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// Revokes tokens by writing Keystone revocation events: every token issued up to now that matches is rejected from the
/// next validation on, in every Identity process. Each call adds the event to the request's <c>IdentityDbContext</c>
/// and saves it, together with the caller's pending changes; a caller whose change saves first runs both in
/// <c>InTransactionAsync</c>, so that the change and its revocations commit together or not at all.
/// </summary>
internal interface ITokenRevoker
{
    /// <summary>One token, by its audit id (DELETE /v3/auth/tokens).</summary>
    Task RevokeAuditIdAsync(string auditId, CancellationToken cancellationToken);

    /// <summary>All tokens of a user: password change, user disabled or deleted.</summary>
    Task RevokeUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>All tokens scoped to a project: project disabled or deleted.</summary>
    Task RevokeProjectAsync(string projectId, CancellationToken cancellationToken);

    /// <summary>All tokens of the domain's users and of scopes in the domain: domain disabled or deleted.</summary>
    Task RevokeDomainAsync(string domainId, CancellationToken cancellationToken);

    /// <summary>
    /// A user's tokens (every user's when <paramref name="userId"/> is null: a group's grant or a deleted role) scoped to a
    /// project (or, with <paramref name="domainId"/>, to a domain; any scope when both are null) that carry a role:
    /// role assignment removed. Pass the removed role id; tokens carrying it through an implied role match too.
    /// </summary>
    Task RevokeAssignmentAsync(string? userId, string? projectId, string? domainId, string roleId, CancellationToken cancellationToken);

    /// <summary>All tokens scoped to a trust: trust deleted.</summary>
    Task RevokeTrustAsync(string trustId, CancellationToken cancellationToken);
}
