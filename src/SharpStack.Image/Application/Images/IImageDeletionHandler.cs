using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Images;

/// <summary>
/// Takes part in deleting an image: removes what it keeps for the image (stored data, staged data) before the
/// image is marked deleted. Every registered handler runs; one that throws stops the delete and the image stays.
/// </summary>
internal interface IImageDeletionHandler
{
    /// <summary>Removes what this handler keeps for the image; the image's row is still there and unchanged.</summary>
    Task DeleteImageDataAsync(ImageDeletion image, CancellationToken cancellationToken);
}
