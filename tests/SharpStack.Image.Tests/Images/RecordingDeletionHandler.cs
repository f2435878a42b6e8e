using System.Collections.Concurrent;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Images;

namespace SharpStack.Image.Tests.Images;

/// <summary>Records the images it is asked to delete; refuses those whose id it was told to refuse.</summary>
internal sealed class RecordingDeletionHandler : IImageDeletionHandler
{
    public ConcurrentBag<ImageDeletion> Deleted { get; } = [];

    public ConcurrentDictionary<string, bool> Refuse { get; } = new(StringComparer.Ordinal);

    public Task DeleteImageDataAsync(ImageDeletion image, CancellationToken cancellationToken)
    {
        if (Refuse.ContainsKey(image.ImageId))
        {
            throw new ConflictException($"Image {image.ImageId} could not be deleted because it is in use.");
        }

        Deleted.Add(image);
        return Task.CompletedTask;
    }
}
