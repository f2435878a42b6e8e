using SharpStack.Common.Faults;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Data;

/// <summary><c>GET /v2/images/{id}/file</c>: opens the image's data in the most preferred store that holds it, from a byte offset.</summary>
internal sealed class ImageDownloadService(ImageStoreCatalog stores)
{
    /// <summary>The data of an image, or null when it has none (Glance answers 204).</summary>
    public ImageData? Open(ImageRecord image, ImagePolicy policy, ByteRange? range)
    {
        if (image.Status == ImageStatus.Deactivated && !policy.IsAdmin)
        {
            throw new ForbiddenException("The requested image has been deactivated. Image data download is forbidden.");
        }

        policy.Enforce(ImagePolicyRules.DownloadImage, image);

        var candidates = image.Locations
            .Select(location => stores.TryGet(location.StoreId, out var store) ? store : null)
            .OfType<IImageStore>()
            .OrderByDescending(store => store.Weight);
        foreach (var store in candidates)
        {
            var size = store.SizeOf(image.Id);
            if (size is null)
            {
                continue;
            }

            var (offset, length) = range is null ? (0L, size.Value) : range.Resolve(size.Value);
            return new ImageData(store.OpenRead(image.Id, offset), offset, length, size.Value, image.Checksum);
        }

        return null;
    }
}
