using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Images;

/// <summary>Creates, deletes, deactivates and reactivates images (glance/api/v2/images.py, image_actions.py).</summary>
internal sealed class ImageService(
    ImageDbContext db,
    ImagePolicy policy,
    ImageLookup lookup,
    IEnumerable<IImageDeletionHandler> deletionHandlers,
    ImageQuotaEnforcer quotas,
    TimeProvider time)
{
    /// <exception cref="ForbiddenException">The policy denies the owner or visibility.</exception>
    /// <exception cref="ConflictException">An image with the requested id exists or existed.</exception>
    public async Task<ImageRecord> CreateAsync(NewImage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = request.OwnerGiven ? request.Owner : policy.ProjectId;
        policy.EnforceCreate(owner, request.Visibility);
        await quotas.EnforceImageCountTotalAsync(policy.ProjectId, cancellationToken);
        ImageWrites.CheckLimits(request.Tags.Count, request.Properties.Count);
        var id = request.Id ?? Guid.NewGuid().ToString();
        if (await db.Images.AnyAsync(i => i.Id == id, cancellationToken))
        {
            throw new ConflictException($"Image ID {id} already exists!");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var image = new ImageRecord
        {
            Id = id,
            Name = request.Name,
            Status = ImageStatus.Queued,
            Visibility = request.Visibility,
            Protected = request.Protected,
            OsHidden = request.OsHidden,
            Owner = owner,
            DiskFormat = request.DiskFormat,
            ContainerFormat = request.ContainerFormat,
            MinDisk = request.MinDisk,
            MinRam = request.MinRam,
            CreatedAt = now,
            UpdatedAt = now,
            Properties = [.. request.Properties.Select(p => new ImageProperty { ImageId = id, Name = p.Key, Value = p.Value })],
            Tags = [.. request.Tags.Select(t => new ImageTag { ImageId = id, Value = t })],
        };
        db.Images.Add(image);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            db.Entry(image).State = EntityState.Detached;
            if (await db.Images.AsNoTracking().AnyAsync(i => i.Id == id, CancellationToken.None))
            {
                throw new ConflictException($"Image ID {id} already exists!", exception);
            }

            throw;
        }

        return image;
    }

    /// <summary>Deletes an image: every <see cref="IImageDeletionHandler"/> removes its data first, then the image is marked deleted.</summary>
    /// <exception cref="NotFoundException">The caller cannot see the image.</exception>
    /// <exception cref="ForbiddenException">The policy denies, or the image is protected.</exception>
    public async Task DeleteAsync(string imageId, CancellationToken cancellationToken)
    {
        ImageRecord image;
        try
        {
            image = await lookup.GetVisibleAsync(imageId, cancellationToken);
            policy.Enforce(ImagePolicyRules.DeleteImage, image);
        }
        catch (NotFoundException exception)
        {
            throw new NotFoundException($"Failed to find image {imageId} to delete", exception);
        }

        if (image.Protected)
        {
            throw new ForbiddenException($"Image {image.Id} is protected and cannot be deleted.");
        }

        var deletion = new ImageDeletion(image.Id, image.Owner, image.Status,
            [.. image.Locations.Select(l => new ImageDeletionLocation(l.StoreId, l.Url))]);
        foreach (var handler in deletionHandlers)
        {
            await handler.DeleteImageDataAsync(deletion, cancellationToken);
        }

        image.Status = ImageStatus.Deleted;
        image.Locations.Clear();
        await db.SaveImageAsync(image, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>active → deactivated (a no-op when already deactivated).</summary>
    public Task<ImageRecord> DeactivateAsync(string imageId, CancellationToken cancellationToken) =>
        MoveAsync(imageId, ImagePolicyRules.Deactivate, "deactivate", ImageStatus.Active, ImageStatus.Deactivated, cancellationToken);

    /// <summary>deactivated → active (a no-op when already active).</summary>
    public Task<ImageRecord> ReactivateAsync(string imageId, CancellationToken cancellationToken) =>
        MoveAsync(imageId, ImagePolicyRules.Reactivate, "reactivate", ImageStatus.Deactivated, ImageStatus.Active, cancellationToken);

    private async Task<ImageRecord> MoveAsync(string imageId, string rule, string verb, string from, string to, CancellationToken cancellationToken)
    {
        var image = await lookup.GetVisibleAsync(imageId, cancellationToken);
        policy.Enforce(rule, image);
        if (image.Status == to)
        {
            return image;
        }

        if (image.Status != from)
        {
            throw new ForbiddenException($"Not allowed to {verb} image in status '{image.Status}'");
        }

        image.Status = to;
        await db.SaveImageAsync(image, time.GetUtcNow().UtcDateTime, cancellationToken);
        return image;
    }
}
