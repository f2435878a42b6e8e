namespace SharpStack.Identity.Application.Tokens;

/// <summary>Revokes the tokens a change in Identity invalidates, so validation never answers from before the change.</summary>
internal interface ITokenRevoker
{
    /// <summary>
    /// A role assignment was removed: revokes the tokens of <paramref name="userId"/> (all users when null, e.g. a group's
    /// members or a deleted role) scoped to the project or domain (any scope when both are null).
    /// </summary>
    Task RevokeAssignmentAsync(string? userId, string? projectId, string? domainId, string roleId, CancellationToken cancellationToken);
}
