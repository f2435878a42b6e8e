using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Data.Formats;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Application.Tasks;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Import;

/// <summary>
/// Runs one api_image_import task (glance/async_/flows/api_image_import.py): brings the data to staging
/// (web-download) or reads it from staging (glance-direct) or an existing store (copy-image), writes it into each
/// target store, records progress in the os_glance_* properties, then ends the task and drops the import lock.
/// </summary>
internal sealed partial class ImportTaskRunner(
    ImportTaskRepository tasks,
    ImageDataStates states,
    ImageStoreCatalog stores,
    WebDownloadClient web,
    IOptions<ImageDataOptions> dataOptions,
    TimeProvider clock,
    ILogger<ImportTaskRunner> logger)
{
    public async Task RunAsync(string taskId, CancellationToken ct)
    {
        var task = await tasks.FindAsync(taskId, ct);
        if (task is null || task.Status != TaskStatuses.Pending || task.ImageId is null)
        {
            return;
        }

        await tasks.ChangeAsync(taskId, t => t.Status = TaskStatuses.Processing, ct);
        var plan = ImportPlan.From(task);
        try
        {
            await ImportAsync(task.ImageId, taskId, plan, ct);
            await tasks.EndAsync(taskId, TaskStatuses.Success, "", new JsonObject { ["image_id"] = task.ImageId }, CancellationToken.None);
        }
        catch (Exception error)
        {
            LogImportFailed(logger, task.ImageId, taskId, error.Message);
            await RevertAsync(task.ImageId, taskId, plan);
            var message = error is ImportFailedException or OpenStackException ? error.Message : TaskStatuses.InternalErrorMessage;
            await tasks.EndAsync(taskId, TaskStatuses.Failure, message, null, CancellationToken.None);
        }
        finally
        {
            if (plan.Method != ImportOptions.CopyImage)
            {
                await stores.Staging.DeleteAsync(task.ImageId, CancellationToken.None);
            }

            await DropLockAsync(task.ImageId, taskId);
        }
    }

    private async Task ImportAsync(string imageId, string taskId, ImportPlan plan, CancellationToken ct)
    {
        if (plan.Method == ImportOptions.WebDownload)
        {
            await DownloadToStagingAsync(imageId, plan.Uri!, ct);
        }

        var locked = await ReadLockedAsync(imageId, taskId, ct);
        var copy = new StoreCopy(locked.DiskFormat, ImageDataRecords.HashAlgorithmFor(locked, dataOptions.Value));
        var active = false;
        for (var index = 0; index < plan.Stores.Count; index++)
        {
            var target = stores.TryGet(plan.Stores[index], out var store) ? store : throw new ImportFailedException($"Unknown store {plan.Stores[index]}");
            var activate = plan.Method != ImportOptions.CopyImage && !active && (!plan.AllStoresMustSucceed || index == plan.Stores.Count - 1);
            try
            {
                await CopyIntoAsync(imageId, taskId, plan, target, copy, activate, ct);
                active |= activate;
            }
            catch (Exception error) when (!plan.AllStoresMustSucceed && error is not OperationCanceledException)
            {
                LogStoreFailed(logger, imageId, target.Id, error.Message);
                await ChangeLockedAsync(imageId, taskId, image =>
                {
                    var progress = new ImportProgress(image);
                    progress.RemoveFrom(ImportProperties.ImportingToStores, [target.Id]);
                    progress.AddTo(ImportProperties.FailedImport, [target.Id]);
                }, CancellationToken.None);
            }
        }

        if (plan.Method != ImportOptions.CopyImage && (await ReadLockedAsync(imageId, taskId, ct)).Status != ImageStatus.Active)
        {
            throw new ImportFailedException("None of the uploads finished!");
        }
    }

    private async Task CopyIntoAsync(string imageId, string taskId, ImportPlan plan, IImageStore target, StoreCopy copy, bool activate, CancellationToken ct)
    {
        var source = plan.Method == ImportOptions.CopyImage ? await SourceStoreAsync(imageId, taskId, ct) : stores.Staging;
        CopiedData data;
        string location;
        await using (var input = source.OpenRead(imageId, 0))
        await using (var writer = await target.CreateWriterAsync(imageId, ct))
        {
            data = await ImageDataCopier.CopyAsync(input, writer, dataOptions.Value.ImageSizeCap, copy.HashAlgorithm, DiskFormatInspectors.For(copy.DiskFormat), ct);
            location = await writer.CommitAsync(ct);
        }

        try
        {
            await ChangeLockedAsync(imageId, taskId, image =>
            {
                ImageDataRecords.Verify(image, data);
                ImageDataRecords.SetLocation(image, target.Id, location, clock);
                var progress = new ImportProgress(image);
                progress.RemoveFrom(ImportProperties.ImportingToStores, [target.Id]);
                if (activate)
                {
                    ImageStatusTransitions.Ensure(image.Status, ImageStatus.Active);
                    image.Status = ImageStatus.Active;
                    ImageDataRecords.Apply(image, data);
                }
            }, CancellationToken.None);
        }
        catch
        {
            await target.DeleteAsync(imageId, CancellationToken.None);
            throw;
        }
    }

    private async Task<IImageStore> SourceStoreAsync(string imageId, string taskId, CancellationToken ct)
    {
        var image = await ReadLockedAsync(imageId, taskId, ct);
        return image.Locations
            .Select(location => stores.TryGet(location.StoreId, out var store) ? store : null)
            .OfType<IImageStore>()
            .Where(store => store.SizeOf(imageId) is not null)
            .OrderByDescending(store => store.Weight)
            .FirstOrDefault() ?? throw new ImportFailedException("The image has no data to copy.");
    }

    private async Task DownloadToStagingAsync(string imageId, string uri, CancellationToken ct)
    {
        await using var body = await web.OpenAsync(uri, ct);
        await using var writer = await stores.Staging.CreateWriterAsync(imageId, ct);
        await ImageDataCopier.CopyAsync(body, writer, dataOptions.Value.ImageSizeCap, dataOptions.Value.HashingAlgorithm, new UnknownFormatInspector(), ct);
        await writer.CommitAsync(ct);
    }

    // Glance's revert: the stores still pending failed; an image that did not become active goes back to queued.
    private async Task RevertAsync(string imageId, string taskId, ImportPlan plan)
    {
        var removed = new List<string>();
        try
        {
            await ChangeLockedAsync(imageId, taskId, image =>
            {
                removed.Clear();
                if (plan.AllStoresMustSucceed)
                {
                    removed.AddRange(image.Locations.Where(l => plan.Stores.Contains(l.StoreId)).Select(l => l.StoreId));
                    image.Locations.RemoveAll(l => removed.Contains(l.StoreId));
                }

                var progress = new ImportProgress(image);
                var pending = (progress.Get(ImportProperties.ImportingToStores) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
                progress.RemoveFrom(ImportProperties.ImportingToStores, plan.Stores);
                progress.AddTo(ImportProperties.FailedImport, pending);
                if (plan.Method != ImportOptions.CopyImage && image.Status == ImageStatus.Importing)
                {
                    image.Status = ImageStatus.Queued;
                    image.Size = null;
                    image.VirtualSize = null;
                }
            }, CancellationToken.None);
        }
        catch (Exception error) when (error is OpenStackException or ImportFailedException)
        {
            // The image was deleted or the lock taken over meanwhile: nothing of ours to revert.
            return;
        }

        foreach (var storeId in removed)
        {
            if (stores.TryGet(storeId, out var store))
            {
                await store.DeleteAsync(imageId, CancellationToken.None);
            }
        }
    }

    private async Task DropLockAsync(string imageId, string taskId)
    {
        try
        {
            await ChangeLockedAsync(imageId, taskId, image => new ImportProgress(image).Remove(ImportProperties.ImportTask), CancellationToken.None);
        }
        catch (Exception error) when (error is OpenStackException or ImportFailedException)
        {
            // Deleted, or another task holds the lock now.
        }
    }

    private async Task<ImageRecord> ReadLockedAsync(string imageId, string taskId, CancellationToken ct)
    {
        var image = await states.ReadAsync(imageId, ct);
        return new ImportProgress(image).Get(ImportProperties.ImportTask) == taskId
            ? image
            : throw new ImportFailedException($"Image {imageId} is no longer locked by task {taskId}.");
    }

    /// <summary>Changes the image while this task holds its import lock; retried when a concurrent write wins the race.</summary>
    private async Task ChangeLockedAsync(string imageId, string taskId, Action<ImageRecord> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await states.ChangeAsync(imageId, image =>
                {
                    if (new ImportProgress(image).Get(ImportProperties.ImportTask) != taskId)
                    {
                        throw new ImportFailedException($"Image {imageId} is no longer locked by task {taskId}.");
                    }

                    change(image);
                }, ct);
                return;
            }
            catch (ConflictException) when (attempt < 5)
            {
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Image {ImageId}: import task {TaskId} failed: {Reason}")]
    private static partial void LogImportFailed(ILogger logger, string imageId, string taskId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Image {ImageId}: copy into store {StoreId} failed, continuing as all_stores_must_succeed is false: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, string imageId, string storeId, string reason);
}
