namespace SharpStack.Bench;

/// <summary>Token issue (password and token methods) and token validation against a running Identity, at each concurrency.</summary>
internal static class IdentityBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync(
        Uri identity, string user, string password, string project, IReadOnlyList<int> concurrencies, TimeSpan duration, IReadOnlySet<string> scenarios, int bcryptCost)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrencies.Max(), PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(identity.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        var client = new IdentityClient(http);
        var token = await client.IssueWithPasswordAsync(user, password, project, CancellationToken.None)
            ?? throw new InvalidOperationException($"Could not get a token for {user} in project {project} from {identity}; is the cloud up and the password right?");
        var limitHash = scenarios.Contains("password") ? BcryptLimit.HashOfCost(bcryptCost) : null;

        var results = new List<string>();
        foreach (var concurrency in concurrencies)
        {
            if (limitHash is not null)
            {
                results.AddRange(await PasswordVersusBcrypt.RunAsync(client, user, password, project, limitHash, concurrency, duration));
            }

            if (scenarios.Contains("token"))
            {
                results.Add((await LoadRunner.RunAsync("token issue (token)", concurrency, duration,
                    async cancel => await client.IssueWithTokenAsync(token, project, cancel) is not null)).ToString());
            }

            if (scenarios.Contains("validate"))
            {
                results.Add((await LoadRunner.RunAsync("token validation (nocatalog)", concurrency, duration,
                    cancel => client.ValidateAsync(token, token, catalog: false, cancel))).ToString());
                results.Add((await LoadRunner.RunAsync("token validation (catalog)", concurrency, duration,
                    cancel => client.ValidateAsync(token, token, catalog: true, cancel))).ToString());
            }
        }

        return results;
    }
}
