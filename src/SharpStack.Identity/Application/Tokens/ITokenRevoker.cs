namespace SharpStack.Identity.Application.Tokens;

/// <summary>Revokes the tokens that a change to a user, project or domain makes invalid.</summary>
internal interface ITokenRevoker
{
    Task RevokeUserAsync(string userId, CancellationToken cancellationToken);

    Task RevokeProjectAsync(string projectId, CancellationToken cancellationToken);

    Task RevokeDomainAsync(string domainId, CancellationToken cancellationToken);
}
