using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Data.Formats;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Import;

/// <summary>
/// <c>PUT /v2/images/{id}/stage</c>: queued → uploading with the data in the staging area, streamed under the same
/// rules as an upload; a failure removes the staged data and puts the image back to queued (Glance's _unstage).
/// </summary>
internal sealed class ImageStageService(
    ImageDataStates states,
    ImageStoreCatalog stores,
    IOptions<ImageDataOptions> dataOptions,
    IOptions<ImportOptions> importOptions,
    ImageQuotaEnforcer quotas)
{
    public async Task StageAsync(ImageRecord image, string projectId, Stream body, long? contentLength, CancellationToken ct)
    {
        var cap = dataOptions.Value.ImageSizeCap;
        if (contentLength > cap)
        {
            throw new RequestEntityTooLargeException(ImageDataCopier.TooLargeMessage);
        }

        await quotas.EnforceImageStageTotalAsync(projectId, contentLength ?? 0, ct);
        var version = await states.MoveAsync(image.Id, ImageStatus.Queued, ImageStatus.Uploading, ct);
        try
        {
            await quotas.EnforceImageCountUploadingAsync(projectId, ct);
            CopiedData data;
            await using (var writer = await stores.Staging.CreateWriterAsync(image.Id, ct))
            {
                data = await ImageDataCopier.CopyAsync(body, writer, cap, dataOptions.Value.HashingAlgorithm, new UnknownFormatInspector(), ct);
                await writer.CommitAsync(ct);
            }

            await states.ChangeOwnedAsync(image.Id, version, staged => staged.Size = data.Size, CancellationToken.None);
        }
        catch
        {
            await stores.Staging.DeleteAsync(image.Id, CancellationToken.None);
            await states.RestoreQueuedAsync(image.Id, version);
            throw;
        }
    }

    /// <summary>Glance answers 404 to staging when glance-direct is not offered.</summary>
    public void EnsureGlanceDirectEnabled()
    {
        if (!importOptions.Value.Methods.Contains(ImportOptions.GlanceDirect))
        {
            throw new NotFoundException("'glance-direct' method is not available at this site.");
        }
    }
}
