using System.Globalization;

namespace SharpStack.Testing.Clouds;

/// <summary>
/// The built <c>sharpstack up</c> as an OS process, on a data folder and free ports (one per registered service) that
/// outlive the process, so a test can stop or kill it and start it again on the same data.
/// </summary>
public sealed class CloudProcess(string adminPassword = WholeCloud.DefaultAdminPassword) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private SharpStackProcess? _process;

    public string AdminPassword => adminPassword;

    public DirectoryInfo DataDirectory { get; } = Directory.CreateTempSubdirectory("sharpstack-process");

    public CloudPorts Ports { get; } = new();

    public string CloudsYaml => Path.Combine(DataDirectory.FullName, "clouds.yaml");

    public int ProcessId => Running.Id;

    /// <summary>Everything the running (or last) process printed.</summary>
    public string Output => _process?.Output ?? "";

    private SharpStackProcess Running => _process ?? throw new InvalidOperationException("The cloud is not running.");

    /// <inheritdoc cref="CloudPorts.Url"/>
    public Uri Url(string catalogType) => Ports.Url(catalogType);

    /// <inheritdoc cref="CloudPorts.RootUrl"/>
    public Uri RootUrl(string catalogType) => Ports.RootUrl(catalogType);

    /// <summary>Starts <c>sharpstack up</c> with <paramref name="arguments"/> added and waits for its ready line, which it returns.</summary>
    public async Task<string> StartAsync(params string[] arguments)
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The cloud is running already.");
        }

        _process = SharpStackProcess.Start(
            ["up", "--data-dir", DataDirectory.FullName, "--admin-password", adminPassword, .. arguments],
            Ports.Environment());
        return await _process.WaitUntilReadyAsync(StartTimeout);
    }

    /// <summary>SIGTERM, as an operator stops it; returns the exit status.</summary>
    public async Task<int> StopAsync()
    {
        var process = Running;
        await process.TerminateAsync();
        var exitCode = await process.WaitForExitAsync(StopTimeout);
        await process.DisposeAsync();
        _process = null;
        return exitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power under the process.</summary>
    public async Task KillAsync()
    {
        var process = Running;
        using (var kill = System.Diagnostics.Process.Start("kill", ["-KILL", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await process.DisposeAsync();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await StopAsync();
        }

        DataDirectory.Delete(recursive: true);
    }
}
