using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Data.Formats;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Data;

/// <summary>
/// <c>PUT /v2/images/{id}/file</c>: queued → saving, data streamed into a store while hashed, then one guarded
/// write makes the image active with its sizes, hashes and location. Any failure, a client that goes away
/// included, removes the partial data and puts the image back to queued.
/// </summary>
internal sealed partial class ImageUploadService(
    ImageDataStates states,
    ImageStoreCatalog stores,
    IOptions<ImageDataOptions> options,
    ImageQuotaEnforcer quotas,
    TimeProvider clock,
    ILogger<ImageUploadService> logger)
{
    /// <summary>Uploads as <paramref name="projectId"/>, whose unified limits apply (Glance charges the caller's project).</summary>
    public async Task UploadAsync(ImageRecord image, string projectId, Stream body, long? contentLength, string? storeId, CancellationToken ct)
    {
        var store = stores.Resolve(storeId);
        var cap = options.Value.ImageSizeCap;
        var hashAlgorithm = ImageDataRecords.HashAlgorithmFor(image, options.Value);
        if (contentLength > cap)
        {
            throw new RequestEntityTooLargeException(ImageDataCopier.TooLargeMessage);
        }

        await quotas.EnforceImageSizeTotalAsync(projectId, contentLength, ct);
        var version = await states.MoveAsync(image.Id, ImageStatus.Queued, ImageStatus.Saving, ct);
        try
        {
            await quotas.EnforceImageCountUploadingAsync(projectId, ct);
            CopiedData data;
            string location;
            await using (var writer = await store.CreateWriterAsync(image.Id, ct))
            {
                data = await ImageDataCopier.CopyAsync(body, writer, cap, hashAlgorithm, DiskFormatInspectors.For(image.DiskFormat), ct);
                location = await writer.CommitAsync(ct);
            }

            await ActivateAsync(image.Id, version, store, location, data);
            LogUploaded(logger, image.Id, data.Size, store.Id);
        }
        catch (Exception error)
        {
            LogUploadFailed(logger, image.Id, error.Message);
            await states.RestoreQueuedAsync(image.Id, version);
            throw;
        }
    }

    private async Task ActivateAsync(string imageId, Guid version, IImageStore store, string location, CopiedData data)
    {
        try
        {
            await states.ChangeOwnedAsync(imageId, version, image =>
            {
                ImageStatusTransitions.Ensure(image.Status, ImageStatus.Active);
                image.Status = ImageStatus.Active;
                ImageDataRecords.Apply(image, data);
                ImageDataRecords.SetLocation(image, store.Id, location, clock);
            }, CancellationToken.None);
        }
        catch
        {
            await store.DeleteAsync(imageId, CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Image {ImageId}: stored {Size} bytes in store {StoreId}")]
    private static partial void LogUploaded(ILogger logger, string imageId, long size, string storeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Image {ImageId}: upload failed, back to queued: {Reason}")]
    private static partial void LogUploadFailed(ILogger logger, string imageId, string reason);
}
