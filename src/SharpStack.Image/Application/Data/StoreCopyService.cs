using SharpStack.Common.Faults;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Data;

/// <summary>Removes one store's copy of an active image, never its last one (glance/api/v2/images.py delete_from_store).</summary>
internal sealed class StoreCopyService(ImageDataStates states, ImageStoreCatalog stores)
{
    public void EnsureStoreEnabled(string storeId)
    {
        if (!stores.TryGet(storeId, out _))
        {
            throw new ConflictException($"The selected store {storeId} is not available on this node.");
        }
    }

    public async Task DeleteAsync(ImageRecord image, string storeId, CancellationToken ct)
    {
        if (image.Status != ImageStatus.Active)
        {
            throw new ConflictException("It's not allowed to remove image data from store if image status is not 'active'");
        }

        if (image.Locations.Count == 1)
        {
            throw new ForbiddenException("Cannot delete image data from the only store containing it. Consider deleting the image instead.");
        }

        if (image.Locations.All(location => location.StoreId != storeId))
        {
            throw new NotFoundException($"Image {image.Id} is not stored in store {storeId}.");
        }

        await states.ChangeOwnedAsync(image.Id, image.Version, stored => stored.Locations.RemoveAll(location => location.StoreId == storeId), ct);
        stores.TryGet(storeId, out var store);
        await store.DeleteAsync(image.Id, CancellationToken.None);
    }
}
