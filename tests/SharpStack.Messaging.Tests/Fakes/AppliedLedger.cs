using System.Collections.Concurrent;

namespace SharpStack.Messaging.Tests.Fakes;

/// <summary>Records every application of a cast, so duplicates and losses both show.</summary>
public sealed class AppliedLedger
{
    private readonly ConcurrentDictionary<int, int> _timesApplied = new();

    public Countdown Applications { get; } = new();

    public int Distinct => _timesApplied.Count;

    public IEnumerable<int> Duplicates => _timesApplied.Where(p => p.Value > 1).Select(p => p.Key);

    public void Apply(int sequence)
    {
        _timesApplied.AddOrUpdate(sequence, 1, (_, times) => times + 1);
        Applications.Signal();
    }
}
