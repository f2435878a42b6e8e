using System.Collections.Concurrent;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Tests.Support;

/// <summary>Records what would be revoked, so tests can check the revocation hooks.</summary>
internal sealed class RecordingTokenRevoker : ITokenRevoker
{
    public ConcurrentQueue<string> Revoked { get; } = new();

    public Task RevokeUserAsync(string userId, CancellationToken cancellationToken) => Record($"user:{userId}");

    public Task RevokeProjectAsync(string projectId, CancellationToken cancellationToken) => Record($"project:{projectId}");

    public Task RevokeDomainAsync(string domainId, CancellationToken cancellationToken) => Record($"domain:{domainId}");

    public Task RevokeAuditIdAsync(string auditId, CancellationToken cancellationToken) => Record($"audit:{auditId}");

    public Task RevokeAssignmentAsync(string? userId, string? projectId, string? domainId, string roleId, CancellationToken cancellationToken) =>
        Record($"assignment:{userId}:{projectId}:{domainId}:{roleId}");

    public Task RevokeTrustAsync(string trustId, CancellationToken cancellationToken) => Record($"trust:{trustId}");

    private Task Record(string entry)
    {
        Revoked.Enqueue(entry);
        return Task.CompletedTask;
    }
}
