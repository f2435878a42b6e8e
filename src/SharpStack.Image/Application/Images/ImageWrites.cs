using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Images;

/// <summary>Saves a changed image: bumps <c>updated_at</c> and the concurrency token, and turns a lost race into 409.</summary>
internal static class ImageWrites
{
    /// <exception cref="ConflictException">Another request changed the image first; nothing was saved.</exception>
    public static async Task SaveImageAsync(this ImageDbContext db, ImageRecord image, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(image);
        image.UpdatedAt = now;
        image.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConflictException($"Image {image.Id} was changed by another request at the same time; retry.", exception);
        }
    }

    /// <summary>Glance's tag and property limits (glance/quota), answered with 413.</summary>
    /// <exception cref="RequestEntityTooLargeException">The image would hold too many tags or properties.</exception>
    public static void CheckLimits(int tags, int properties)
    {
        if (tags > ImageLimits.MaxTags)
        {
            throw new RequestEntityTooLargeException(
                $"The limit has been exceeded on the number of allowed image tags. Attempted: {tags}, Maximum: {ImageLimits.MaxTags}");
        }

        if (properties > ImageLimits.MaxProperties)
        {
            throw new RequestEntityTooLargeException(
                $"The limit has been exceeded on the number of allowed image properties. Attempted: {properties}, Maximum: {ImageLimits.MaxProperties}");
        }
    }
}
