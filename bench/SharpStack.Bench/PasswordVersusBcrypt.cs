using System.Globalization;

namespace SharpStack.Bench;

/// <summary>
/// Token issue by password against the C bcrypt limit at the same concurrency, in the turns limit, tokens, tokens, limit,
/// so that a drift in the machine's load falls on both sides alike; the ratio is the mean tokens/s ÷ the mean limit/s.
/// </summary>
internal static class PasswordVersusBcrypt
{
    public const string Scenario = "token issue (password)";

    public static async Task<IReadOnlyList<string>> RunAsync(
        IdentityClient client, string user, string password, string project, string limitHash, int concurrency, TimeSpan duration)
    {
        Task<LoadResult> Tokens() => LoadRunner.RunAsync(Scenario, concurrency, duration,
            async cancel => await client.IssueWithPasswordAsync(user, password, project, cancel) is not null);
        Task<LoadResult> Limit() => Task.Run(() => BcryptLimit.Measure(limitHash, concurrency, duration));

        LoadResult[] turns = [await Limit(), await Tokens(), await Tokens(), await Limit()];
        var limit = turns.Where(t => t.Scenario == BcryptLimit.Scenario).Average(t => t.PerSecond);
        var tokens = turns.Where(t => t.Scenario == Scenario).Average(t => t.PerSecond);
        return
        [
            .. turns.Select(turn => turn.ToString()),
            string.Create(CultureInfo.InvariantCulture,
                $"{"password ÷ C bcrypt",-28} c={concurrency,-3} tokens {tokens:F1}/s  limit {limit:F1}/s  ratio {tokens / limit:F2}"),
        ];
    }
}
