using System.Collections.Concurrent;
using SharpStack.Testing.PolicyMatrix;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>One cloud per policy mode, started on first use, each with the runner (and its shared targets) for its tables.</summary>
public sealed class MatrixClouds : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(MatrixCloud Cloud, MatrixRunner Runner)>>> _modes = new(StringComparer.Ordinal);

    public async Task<MatrixCloud> CloudAsync(MatrixMode mode) => (await StartedAsync(mode)).Cloud;

    public async Task<MatrixRunner> RunnerAsync(MatrixMode mode) => (await StartedAsync(mode)).Runner;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var started in _modes.Values.Where(lazy => lazy.IsValueCreated))
        {
            await (await started.Value).Cloud.DisposeAsync();
        }
    }

    private Task<(MatrixCloud Cloud, MatrixRunner Runner)> StartedAsync(MatrixMode mode) =>
        _modes.GetOrAdd(mode.Name, _ => new Lazy<Task<(MatrixCloud Cloud, MatrixRunner Runner)>>(() => StartAsync(mode))).Value;

    private static async Task<(MatrixCloud Cloud, MatrixRunner Runner)> StartAsync(MatrixMode mode)
    {
        var cloud = await MatrixCloud.StartAsync(mode.Settings());
        var identity = new IdentitySetup(new ServiceSetup(cloud.Identity.Client, cloud.Personas));
        var image = new ServiceSetup(cloud.Image.Client, cloud.Personas);
        var targets = new MatrixTargetCatalog();
        IdentityTargets.AddTo(targets, identity);
        IdentityCatalogTargets.AddTo(targets, identity);
        IdentityCredentialTargets.AddTo(targets, identity);
        ImageTargets.AddTo(targets, image);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal)
        {
            ["identity"] = cloud.Identity.Client,
            ["image"] = cloud.Image.Client,
        };
        return (cloud, new MatrixRunner(cloud.Personas, clients, targets));
    }
}
