using Microsoft.EntityFrameworkCore;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Quotas;

/// <summary>A project's consumption of each quota resource, counted from the Image database as Glance's <c>user_get_*_usage</c> functions count it.</summary>
internal sealed class ImageUsageCounter(ImageDbContext db)
{
    /// <summary>The property the copy-image import sets while it copies to more stores; a non-empty value means staging is in use.</summary>
    public const string ImportingToStoresProperty = "os_glance_importing_to_stores";

    private const long MiB = 1024 * 1024;
    private static readonly string[] Gone = [ImageStatus.Killed, ImageStatus.Deleted, ImageStatus.PendingDelete];
    private static readonly string[] InUpload = [ImageStatus.Saving, ImageStatus.Uploading, ImageStatus.Importing];
    private static readonly string[] Staged = [ImageStatus.Uploading, ImageStatus.Importing];

    public Task<long> CountAsync(string resource, string? projectId, CancellationToken cancellationToken) => resource switch
    {
        ImageQuotaResources.ImageSizeTotal => StoredMiBAsync(projectId, cancellationToken),
        ImageQuotaResources.ImageStageTotal => StagedMiBAsync(projectId, cancellationToken),
        ImageQuotaResources.ImageCountTotal => Owned(projectId).LongCountAsync(i => !Gone.Contains(i.Status), cancellationToken),
        ImageQuotaResources.ImageCountUploading => UploadingAsync(projectId, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "Not an image quota resource."),
    };

    // Every store that holds a copy counts the image's size once more.
    private async Task<long> StoredMiBAsync(string? projectId, CancellationToken cancellationToken) =>
        await Owned(projectId)
            .Where(i => i.Size > 0 && !Gone.Contains(i.Status))
            .SumAsync(i => i.Size!.Value * i.Locations.Count, cancellationToken) / MiB;

    // Staged or importing images, plus images whose data is being copied to more stores through the staging area.
    private async Task<long> StagedMiBAsync(string? projectId, CancellationToken cancellationToken) =>
        await Owned(projectId)
            .Where(i => i.Size > 0 && (Staged.Contains(i.Status) || (!Gone.Contains(i.Status) && i.Properties.Any(p => p.Name == ImportingToStoresProperty && p.Value != string.Empty))))
            .SumAsync(i => i.Size!.Value, cancellationToken) / MiB;

    private Task<long> UploadingAsync(string? projectId, CancellationToken cancellationToken) =>
        Owned(projectId).LongCountAsync(i => InUpload.Contains(i.Status) || (!Gone.Contains(i.Status) && i.Properties.Any(p => p.Name == ImportingToStoresProperty && p.Value != string.Empty)), cancellationToken);

    private IQueryable<ImageRecord> Owned(string? projectId) => db.Images.AsNoTracking().Where(i => i.Owner == projectId);
}
