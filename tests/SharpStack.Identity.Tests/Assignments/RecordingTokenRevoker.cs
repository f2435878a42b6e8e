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
}
