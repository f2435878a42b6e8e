using SharpStack.Image.Application.Import;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Data;

/// <summary>Writes what streaming produced onto an image record (sizes, hashes and the store's location row) or checks it against the record.</summary>
internal static class ImageDataRecords
{
    /// <summary>The image's own <c>os_hash_algo</c> when it has one, else <c>[DEFAULT] hashing_algorithm</c>, as Glance's set_data.</summary>
    public static string HashAlgorithmFor(ImageRecord image, ImageDataOptions options) =>
        ImageHashAlgorithms.TryGet(image.OsHashAlgo, out _) ? image.OsHashAlgo! : options.HashingAlgorithm;

    public static void Apply(ImageRecord image, CopiedData data)
    {
        image.Size = data.Size;
        image.VirtualSize = data.VirtualSize;
        image.Checksum = data.Md5;
        image.OsHashAlgo = data.OsHashAlgo;
        image.OsHashValue = data.OsHashValue;
    }

    /// <summary>Rejects data whose size or hashes differ from those the image already records (glance/location.py _verify_uploaded_data).</summary>
    public static void Verify(ImageRecord image, CopiedData data)
    {
        Verify(image.Size, data.Size, "size");
        if (image.OsHashAlgo == data.OsHashAlgo)
        {
            Verify(image.OsHashValue, data.OsHashValue, "os_hash_value");
        }

        Verify(image.Checksum, data.Md5, "checksum");
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

    private static void Verify(object? recorded, object copied, string attribute)
    {
        if (recorded is not null && !recorded.Equals(copied))
        {
            throw new ImportFailedException($"{attribute} of uploaded data is different from current value set on the image.");
        }
    }
}
