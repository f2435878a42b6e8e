using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Application.Schemas;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Images;

/// <summary>PUT and DELETE /v2/images/{id}/tags/{tag} (glance/api/v2/image_tags.py).</summary>
internal sealed class ImageTagService(ImageDbContext db, ImagePolicy policy, ImageLookup lookup, TimeProvider time)
{
    /// <summary>Adds a tag; adding one the image has changes nothing.</summary>
    public async Task AddAsync(string imageId, string tag, CancellationToken cancellationToken)
    {
        ImageRequestSchemas.ValidateImage(new JsonObject { ["tags"] = new JsonArray(tag) });
        var image = await FindModifiableAsync(imageId, "Not allowed to update tags for image", cancellationToken);
        if (image.Tags.Exists(t => t.Value == tag))
        {
            return;
        }

        if (image.Tags.Count + 1 > ImageLimits.MaxTags)
        {
            throw new RequestEntityTooLargeException(
                $"Image tag limit exceeded for image {imageId}: The limit has been exceeded on the number of allowed image tags. "
                + $"Attempted: {image.Tags.Count + 1}, Maximum: {ImageLimits.MaxTags}:");
        }

        image.Tags.Add(new ImageTag { ImageId = image.Id, Value = tag });
        await db.SaveImageAsync(image, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <exception cref="NotFoundException">The image does not have the tag.</exception>
    public async Task RemoveAsync(string imageId, string tag, CancellationToken cancellationToken)
    {
        var image = await FindModifiableAsync(imageId, "Not allowed to delete tags for image", cancellationToken);
        var existing = image.Tags.Find(t => t.Value == tag) ?? throw new NotFoundException("The resource could not be found.");
        image.Tags.Remove(existing);
        await db.SaveImageAsync(image, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<ImageRecord> FindModifiableAsync(string imageId, string forbidden, CancellationToken cancellationToken)
    {
        try
        {
            var image = await lookup.GetVisibleAsync(imageId, cancellationToken);
            policy.Enforce(ImagePolicyRules.ModifyImage, image);
            return image;
        }
        catch (NotFoundException exception)
        {
            throw new NotFoundException($"Image {imageId} not found.", exception);
        }
        catch (ForbiddenException exception)
        {
            throw new ForbiddenException($"{forbidden} {imageId}.", exception);
        }
    }
}
