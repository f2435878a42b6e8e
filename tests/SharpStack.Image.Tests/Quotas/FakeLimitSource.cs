using System.Collections.Concurrent;
using SharpStack.Hosting.Auth;
using SharpStack.Image.Application.Quotas;

namespace SharpStack.Image.Tests.Quotas;

/// <summary>Registered and per-project limits held in memory in place of Identity; counts how often it is asked.</summary>
internal sealed class FakeLimitSource : IProjectLimitSource
{
    private readonly ConcurrentDictionary<string, long> _registered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Project, string Resource), long> _project = new();
    private int _calls;

    public int Calls => _calls;

    public bool Unavailable { get; set; }

    public void Register(string resource, long defaultLimit) => _registered[resource] = defaultLimit;

    public void SetProjectLimit(string projectId, string resource, long limit) => _project[(projectId, resource)] = limit;

    public void Clear()
    {
        _registered.Clear();
        _project.Clear();
    }

    public Task<IReadOnlyDictionary<string, long>> GetLimitsAsync(string? projectId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Unavailable)
        {
            throw new IdentityUnavailableException("Identity is down in this test.");
        }

        var limits = new Dictionary<string, long>(_registered, StringComparer.Ordinal);
        foreach (var ((project, resource), limit) in _project)
        {
            if (project == projectId)
            {
                limits[resource] = limit;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, long>>(limits);
    }
}
