using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Stores;

namespace SharpStack.Image.Application.Data;

/// <summary>Removes a deleted image's data from every store that holds a copy, and its staged data.</summary>
internal sealed class StoredDataDeletionHandler(ImageStoreCatalog stores) : IImageDeletionHandler
{
    public async Task DeleteImageDataAsync(ImageDeletion image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        foreach (var location in image.Locations)
        {
            if (stores.TryGet(location.StoreId, out var store))
            {
                await store.DeleteAsync(image.ImageId, cancellationToken);
            }
        }

        await stores.Staging.DeleteAsync(image.ImageId, cancellationToken);
    }
}
