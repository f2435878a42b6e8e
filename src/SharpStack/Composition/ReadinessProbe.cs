namespace SharpStack.Composition;

/// <summary>Waits until every service answers HTTP on its root, the way a client's version discovery would reach it.</summary>
internal static class ReadinessProbe
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public static async Task WaitAsync(IEnumerable<ServiceEndpoint> endpoints, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        foreach (var endpoint in endpoints)
        {
            while (!await AnswersAsync(client, endpoint, deadline.Token))
            {
                if (deadline.IsCancellationRequested)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    throw new OperatorException(
                        $"{endpoint.Service.Name} did not answer on {endpoint.ProbeUrl} within {Deadline.TotalSeconds:0} seconds; check the log above for its error.");
                }

                await Task.Delay(RetryDelay, CancellationToken.None);
            }
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient client, ServiceEndpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(endpoint.ProbeUrl, cancellationToken);
            return (int)response.StatusCode < 500;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
