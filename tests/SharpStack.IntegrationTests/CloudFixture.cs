using System.Globalization;

namespace SharpStack.IntegrationTests;

/// <summary>One <c>sharpstack up</c> in a temporary data folder on free ports, shared by a test class.</summary>
public sealed class CloudFixture : IAsyncLifetime
{
    public const string AdminPassword = "secret";

    private SharpStackProcess? _process;

    public DirectoryInfo DataDirectory { get; } = Directory.CreateTempSubdirectory("sharpstack-cloud");

    public CloudPorts Ports { get; } = new();

    public int IdentityPort => Ports.Identity;

    public Uri IdentityUrl => new($"http://127.0.0.1:{Ports.Identity.ToString(CultureInfo.InvariantCulture)}/v3");

    public Uri ImageUrl => new($"http://127.0.0.1:{Ports.Image.ToString(CultureInfo.InvariantCulture)}/");

    public string CloudsYaml => Path.Combine(DataDirectory.FullName, "clouds.yaml");

    public async Task InitializeAsync()
    {
        _process = SharpStackProcess.Start(
            ["up", "--data-dir", DataDirectory.FullName, "--admin-password", AdminPassword],
            Ports.Environment());
        await _process.WaitForLineAsync("SharpStack is ready", TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
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
