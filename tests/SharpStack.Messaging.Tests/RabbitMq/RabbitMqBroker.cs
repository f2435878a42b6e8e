using System.Diagnostics;
using SharpStack.Messaging.Tests.Fakes;
using SharpStack.Testing;

namespace SharpStack.Messaging.Tests.RabbitMq;

/// <summary>
/// The broker the RabbitMQ tests use: the one <c>SHARPSTACK_TEST_RABBITMQ_URL</c> names, or else a
/// private one this fixture starts (and stops) with <c>scripts/rabbitmq.sh</c>.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private const string UrlVariable = "SHARPSTACK_TEST_RABBITMQ_URL";
    private const string DefaultUrl = "amqp://guest:guest@127.0.0.1:5673/";
    private readonly string _script = Path.Combine(RepositoryRoot.Find(), "scripts", "rabbitmq.sh");
    private bool _startedHere;

    public string Url { get; } = Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : DefaultUrl;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 })
        {
            return;
        }

        if (await RunScriptAsync("status", throwOnFailure: false) != 0)
        {
            await RunScriptAsync("start");
            _startedHere = true;
        }
    }

    public async Task DisposeAsync()
    {
        if (_startedHere)
        {
            await RunScriptAsync("stop");
        }
    }

    /// <summary>Stops the broker and starts it again on the same data folder.</summary>
    public Task RestartAsync() => RunScriptAsync("restart");

    private async Task<int> RunScriptAsync(string verb, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo("bash", [_script, verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SHARPSTACK_RABBITMQ_PORT"] = new Uri(Url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot run {_script}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmq.sh {verb} failed ({process.ExitCode}): {await output}{await error}");
        }

        return process.ExitCode;
    }
}
