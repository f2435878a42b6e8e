using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Data;

/// <summary>
/// The database side of data operations: each state change is one write guarded by the image's concurrency
/// token, in a scope of its own so that cleanup after a failed or aborted request still reaches the database.
/// </summary>
internal sealed class ImageDataStates(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Moves the image from <paramref name="from"/> to <paramref name="to"/>; returns the token that proves the move was ours.</summary>
    public Task<Guid> MoveAsync(string imageId, string from, string to, CancellationToken ct) => MoveAsync(imageId, from, to, null, ct);

    /// <summary>Moves the image as <see cref="MoveAsync(string, string, string, CancellationToken)"/> and applies <paramref name="change"/> in the same write.</summary>
    public Task<Guid> MoveAsync(string imageId, string from, string to, Action<ImageRecord>? change, CancellationToken ct) =>
        WriteAsync(imageId, image =>
        {
            if (image.Status != from)
            {
                ImageStatusTransitions.Ensure(image.Status, to);
                throw new ConflictException($"Image status transition from {image.Status} to {to} is not allowed");
            }

            ImageStatusTransitions.Ensure(from, to);
            if (from is ImageStatus.Queued or ImageStatus.Uploading && to is ImageStatus.Saving or ImageStatus.Active or ImageStatus.Importing)
            {
                ImageStatusTransitions.EnsureFormatsSet(image);
            }

            if (to == ImageStatus.Queued)
            {
                image.Size = null;
                image.VirtualSize = null;
            }

            image.Status = to;
            change?.Invoke(image);
        }, null, ct);

    /// <summary>Changes the image only if it is still as <paramref name="version"/> left it; 410 Gone otherwise (deleted or taken over meanwhile).</summary>
    public Task<Guid> ChangeOwnedAsync(string imageId, Guid version, Action<ImageRecord> change, CancellationToken ct) =>
        WriteAsync(imageId, image =>
        {
            if (image.Version != version)
            {
                throw Gone(imageId);
            }

            change(image);
        }, () => Gone(imageId), ct);

    /// <summary>Changes the image in one write guarded by its concurrency token; <paramref name="change"/> checks the state it needs.</summary>
    public Task<Guid> ChangeAsync(string imageId, Action<ImageRecord> change, CancellationToken ct) =>
        WriteAsync(imageId, change, null, ct);

    /// <summary>The image with its properties and locations as stored now, untracked; 404 when missing or deleted.</summary>
    public async Task<ImageRecord> ReadAsync(string imageId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        var image = await db.Images.AsNoTracking().Include(i => i.Locations).Include(i => i.Properties).SingleOrDefaultAsync(i => i.Id == imageId, ct);
        return image is null || image.Status == ImageStatus.Deleted ? throw new NotFoundException($"No image found with ID {imageId}") : image;
    }

    /// <summary>Best effort: back to <c>queued</c> when the image is still as <paramref name="version"/> left it.</summary>
    public async Task RestoreQueuedAsync(string imageId, Guid version)
    {
        try
        {
            await ChangeOwnedAsync(imageId, version, image =>
            {
                image.Status = ImageStatus.Queued;
                image.Size = null;
                image.VirtualSize = null;
            }, CancellationToken.None);
        }
        catch (Exception error) when (error is OpenStackException or DbUpdateException)
        {
            // Deleted or changed by someone else meanwhile: nothing of ours to restore.
        }
    }

    public static OpenStackException Gone(string imageId) => new(
        410,
        $"Image {imageId} could not be found after upload. The image may have been deleted during the upload, cleaning up the chunks uploaded.");

    private async Task<Guid> WriteAsync(string imageId, Action<ImageRecord> change, Func<Exception>? notFound, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        var image = await db.Images.Include(i => i.Locations).Include(i => i.Properties).SingleOrDefaultAsync(i => i.Id == imageId, ct);
        if (image is null || image.Status == ImageStatus.Deleted)
        {
            throw notFound?.Invoke() ?? new NotFoundException($"No image found with ID {imageId}");
        }

        change(image);
        image.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        image.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException error)
        {
            throw new ConflictException($"Image {imageId} was changed by another request; try again.", null, error);
        }

        return image.Version;
    }
}
