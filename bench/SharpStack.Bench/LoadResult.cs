using System.Globalization;

namespace SharpStack.Bench;

/// <summary>What one scenario measured at one concurrency: throughput and latency percentiles of the successful requests.</summary>
internal sealed record LoadResult(string Scenario, int Concurrency, int Succeeded, int Failed, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    /// <summary>The result of workers that each kept the latencies (ms) of their successful requests.</summary>
    public static LoadResult From(string scenario, int concurrency, IEnumerable<List<double>> latencies, int failed, TimeSpan elapsed)
    {
        var all = latencies.SelectMany(list => list).Order().ToArray();
        return new LoadResult(scenario, concurrency, all.Length, failed, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scenario,-28} c={Concurrency,-3} {PerSecond,10:F1}/s  p50 {P50Milliseconds,8:F2} ms  p99 {P99Milliseconds,8:F2} ms  ok {Succeeded}  failed {Failed}");

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
