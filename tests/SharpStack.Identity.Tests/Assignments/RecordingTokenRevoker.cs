using System.Collections.Concurrent;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Tests.Assignments;

/// <summary>Remembers the revocations asked for, in place of the token store.</summary>
internal sealed class RecordingTokenRevoker : ITokenRevoker
{
    public ConcurrentQueue<(string? UserId, string? ProjectId, string? DomainId, string RoleId)> Revocations { get; } = new();

    public Task RevokeAssignmentAsync(string? userId, string? projectId, string? domainId, string roleId, CancellationToken cancellationToken)
    {
        Revocations.Enqueue((userId, projectId, domainId, roleId));
        return Task.CompletedTask;
    }

    public Task RevokeAuditIdAsync(string auditId, CancellationToken cancellationToken) => Unexpected(nameof(RevokeAuditIdAsync));

    public Task RevokeUserAsync(string userId, CancellationToken cancellationToken) => Unexpected(nameof(RevokeUserAsync));

    public Task RevokeProjectAsync(string projectId, CancellationToken cancellationToken) => Unexpected(nameof(RevokeProjectAsync));

    public Task RevokeDomainAsync(string domainId, CancellationToken cancellationToken) => Unexpected(nameof(RevokeDomainAsync));

    public Task RevokeTrustAsync(string trustId, CancellationToken cancellationToken) => Unexpected(nameof(RevokeTrustAsync));

    // Role and grant changes only ever revoke by assignment; anything else would be a bug in the code under test.
    private static Task Unexpected(string method) =>
        Task.FromException(new InvalidOperationException($"{method} is not expected from role and grant changes."));
}
