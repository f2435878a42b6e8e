using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Application.Tasks;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Data;

/// <summary>
/// At start-up, undoes what a crash (SIGKILL, power loss) interrupted: partial files are removed, images left
/// in <c>saving</c> or <c>importing</c>, or in <c>uploading</c> without staged data, go back to <c>queued</c>, their tasks fail, and data that no image
/// row points to is removed, so nothing partial is ever visible.
/// </summary>
internal sealed partial class DataRecoveryService(
    IServiceScopeFactory scopes,
    ImageStoreCatalog stores,
    TimeProvider clock,
    ILogger<DataRecoveryService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var partials = stores.All.Append(stores.Staging).Sum(store => store.RemoveIncompleteWrites());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        var reset = await ResetInterruptedAsync(db, cancellationToken);
        var orphans = 0;
        foreach (var store in stores.All)
        {
            var referenced = await db.ImageLocations.Where(l => l.StoreId == store.Id).Select(l => l.ImageId).ToListAsync(cancellationToken);
            orphans += await RemoveUnreferencedAsync(store, referenced.ToHashSet(StringComparer.Ordinal), cancellationToken);
        }

        var staged = await db.Images.Where(i => i.Status == ImageStatus.Uploading).Select(i => i.Id).ToListAsync(cancellationToken);
        orphans += await RemoveUnreferencedAsync(stores.Staging, staged.ToHashSet(StringComparer.Ordinal), cancellationToken);
        if (partials + reset + orphans > 0)
        {
            LogRecovered(logger, partials, reset, orphans);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> ResetInterruptedAsync(ImageDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var interrupted = await db.Images
            .Where(i => i.Status == ImageStatus.Saving || i.Status == ImageStatus.Importing || i.Status == ImageStatus.Uploading)
            .ToListAsync(ct);

        // An image in uploading keeps its staged data for a later import, unless the crash came before the data was complete.
        var images = interrupted.Where(i => i.Status != ImageStatus.Uploading || stores.Staging.SizeOf(i.Id) is null).ToList();
        foreach (var image in images)
        {
            image.Status = ImageStatus.Queued;
            image.Size = null;
            image.VirtualSize = null;
            image.UpdatedAt = now;
            image.Version = Guid.NewGuid();
        }

        var tasks = await db.Tasks.Where(t => t.Status == TaskStatuses.Pending || t.Status == TaskStatuses.Processing).ToListAsync(ct);
        foreach (var task in tasks)
        {
            task.Status = TaskStatuses.Failure;
            task.Message = TaskStatuses.InternalErrorMessage;
            task.UpdatedAt = now;
            task.ExpiresAt = now + TaskStatuses.TimeToLive;
        }

        var failedTasks = tasks.Select(t => t.Id).ToList();
        var staleLocks = await db.ImageProperties
            .Where(p => p.Name == ImportProperties.ImportTask && failedTasks.Contains(p.Value))
            .Select(p => p.ImageId)
            .ToListAsync(ct);
        db.ImageProperties.RemoveRange(await db.ImageProperties
            .Where(p => staleLocks.Contains(p.ImageId) && (p.Name == ImportProperties.ImportTask || p.Name == ImportProperties.ImportingToStores))
            .ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return images.Count;
    }

    private static async Task<int> RemoveUnreferencedAsync(IImageStore store, HashSet<string> referenced, CancellationToken ct)
    {
        var removed = 0;
        foreach (var imageId in store.ListImageIds().Where(id => !referenced.Contains(id)))
        {
            await store.DeleteAsync(imageId, ct);
            removed++;
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovered from an interrupted run: removed {Partials} partial files, reset {Images} images to queued, removed {Orphans} unreferenced data files")]
    private static partial void LogRecovered(ILogger logger, int partials, int images, int orphans);
}
