using System.Diagnostics;

namespace SharpStack.Bench;

/// <summary>Runs one request function from N concurrent workers for a fixed time and records each request's latency.</summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(string scenario, int concurrency, TimeSpan duration, Func<CancellationToken, Task<bool>> request)
    {
        using var deadline = new CancellationTokenSource(duration);
        var latencies = new List<double>[concurrency];
        var failures = new int[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var own = latencies[worker] = new List<double>(4096);
            while (!deadline.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                bool succeeded;
                try
                {
                    succeeded = await request(CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    succeeded = false;
                }

                if (succeeded)
                {
                    own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    failures[worker]++;
                }
            }
        }));
        await Task.WhenAll(workers);
        return LoadResult.From(scenario, concurrency, latencies, failures.Sum(), clock.Elapsed);
    }
}
