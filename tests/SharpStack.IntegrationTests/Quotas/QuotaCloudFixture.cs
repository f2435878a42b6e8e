using System.Globalization;

namespace SharpStack.IntegrationTests.Quotas;

/// <summary>One <c>sharpstack up</c> with Identity and Image on free ports, shared by the quota tests.</summary>
public sealed class QuotaCloudFixture : IAsyncLifetime
{
    public const string AdminPassword = "secret";

    private SharpStackProcess? _process;

    public DirectoryInfo DataDirectory { get; } = Directory.CreateTempSubdirectory("sharpstack-quota");

    public int IdentityPort { get; } = FreePort.Next();

    public int ImagePort { get; } = FreePort.Next();

    public Uri IdentityUrl => new($"http://127.0.0.1:{IdentityPort.ToString(CultureInfo.InvariantCulture)}/");

    public Uri ImageUrl => new($"http://127.0.0.1:{ImagePort.ToString(CultureInfo.InvariantCulture)}/");

    public string Output => _process?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        _process = SharpStackProcess.Start(
            ["up", "--data-dir", DataDirectory.FullName, "--admin-password", AdminPassword],
            new Dictionary<string, string>
            {
                ["SHARPSTACK__IDENTITY__PORT"] = IdentityPort.ToString(CultureInfo.InvariantCulture),
                ["SHARPSTACK__IMAGE__PORT"] = ImagePort.ToString(CultureInfo.InvariantCulture),
            });
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
