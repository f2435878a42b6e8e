using System.Globalization;

namespace SharpStack.Bench;

/// <summary>What one scenario measured at one concurrency: throughput and latency percentiles of the successful requests.</summary>
internal sealed record LoadResult(string Scenario, int Concurrency, int Succeeded, int Failed, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scenario,-28} c={Concurrency,-3} {PerSecond,10:F1}/s  p50 {P50Milliseconds,8:F2} ms  p99 {P99Milliseconds,8:F2} ms  ok {Succeeded}  failed {Failed}");
}
