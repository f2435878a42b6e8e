using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Data;

/// <summary>Writes what streaming produced onto an image record: sizes, hashes and the store's location row.</summary>
internal static class ImageDataRecords
{
    public const string HashAlgorithm = "sha512";

    public static void Apply(ImageRecord image, CopiedData data)
    {
        image.Size = data.Size;
        image.VirtualSize = data.VirtualSize;
        image.Checksum = data.Md5;
        image.OsHashAlgo = HashAlgorithm;
        image.OsHashValue = data.Sha512;
    }

    public static void SetLocation(ImageRecord image, string storeId, string url, TimeProvider clock)
    {
        var existing = image.Locations.FirstOrDefault(location => location.StoreId == storeId);
        if (existing is not null)
        {
            existing.Url = url;
            return;
        }

        image.Locations.Add(new ImageLocation
        {
            ImageId = image.Id,
            StoreId = storeId,
            Url = url,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}
