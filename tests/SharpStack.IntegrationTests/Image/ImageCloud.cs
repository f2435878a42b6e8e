using System.Globalization;

namespace SharpStack.IntegrationTests.Image;

/// <summary>
/// <c>sharpstack up</c> on a data folder and ports that outlive the process, so a test can kill it and start it again on
/// the same data; also reads the process's memory figures from <c>/proc</c>.
/// </summary>
public sealed class ImageCloud : IAsyncDisposable
{
    private SharpStackProcess? _process;

    public DirectoryInfo DataDirectory { get; } = Directory.CreateTempSubdirectory("sharpstack-image");

    public CloudPorts Ports { get; } = new();

    public Uri IdentityUrl => new($"http://127.0.0.1:{Ports.Identity.ToString(CultureInfo.InvariantCulture)}/v3");

    public Uri ImageUrl => new($"http://127.0.0.1:{Ports.Image.ToString(CultureInfo.InvariantCulture)}/");

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The cloud is not running.");

    public async Task StartAsync()
    {
        _process = SharpStackProcess.Start(
            ["up", "--data-dir", DataDirectory.FullName, "--admin-password", CloudFixture.AdminPassword],
            Ports.Environment());
        await _process.WaitForLineAsync("SharpStack is ready", TimeSpan.FromSeconds(90));
    }

    public Task<ImageApi> ConnectAsync() => ImageApi.ConnectAsync(IdentityUrl, ImageUrl, CloudFixture.AdminPassword);

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power under the process.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The cloud is not running.");
        using var kill = System.Diagnostics.Process.Start("kill", ["-KILL", process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await process.DisposeAsync();
        _process = null;
    }

    /// <summary>A <c>VmHWM</c> (peak resident) or <c>VmRSS</c> line of <c>/proc/PID/status</c>, in bytes.</summary>
    public long ReadMemory(string field)
    {
        var line = File.ReadLines($"/proc/{ProcessId.ToString(CultureInfo.InvariantCulture)}/status")
            .Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kib = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.TerminateAsync();
            await _process.WaitForExitAsync(TimeSpan.FromSeconds(15));
            await _process.DisposeAsync();
        }

        DataDirectory.Delete(recursive: true);
    }
}
