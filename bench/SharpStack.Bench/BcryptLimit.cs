using System.Diagnostics;
using SharpStack.Identity.Application.Passwords;

namespace SharpStack.Bench;

/// <summary>
/// The ceiling of password authentication on this machine: N threads doing nothing but libxcrypt bcrypt checks of one
/// hash for a fixed time, through Identity's own <see cref="NativeBcrypt"/> (one <c>struct crypt_data</c> per check).
/// </summary>
internal static class BcryptLimit
{
    public const string Scenario = "C bcrypt limit (libxcrypt)";

    private const string Password = "bench-password";

    private static readonly NativeBcrypt Bcrypt = new(new Libxcrypt());

    /// <summary>A hash for <see cref="Measure"/> at <paramref name="cost"/>, the cost the cloud hashes its passwords with.</summary>
    public static string HashOfCost(int cost) => Bcrypt.Hash(Password, cost);

    public static LoadResult Measure(string hash, int threads, TimeSpan duration)
    {
        var latencies = new List<double>[threads];
        var failures = new int[threads];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            var own = latencies[thread] = new List<double>(256);
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (Bcrypt.Verify(Password, hash))
                {
                    own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    failures[thread]++;
                }
            }
        }) { IsBackground = true, Name = $"bcrypt-limit-{thread}" }).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        return LoadResult.From(Scenario, threads, latencies, failures.Sum(), clock.Elapsed);
    }
}
