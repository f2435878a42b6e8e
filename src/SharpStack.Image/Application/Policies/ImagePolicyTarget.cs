using System.Globalization;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Policies;

/// <summary>
/// The target Glance's policy checks read (glance/api/policy.py ImageTarget): the image's attributes and custom
/// properties, with <c>project_id</c> for the owner and <c>member_id</c> for the caller when it sees a shared image
/// it does not own.
/// </summary>
internal static class ImagePolicyTarget
{
    public static IReadOnlyDictionary<string, object?> For(ImageRecord image, string? callerProjectId)
    {
        ArgumentNullException.ThrowIfNull(image);
        var member = image.Visibility == ImageVisibility.Shared && callerProjectId != image.Owner ? callerProjectId : null;
        var target = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in image.Properties)
        {
            target[property.Name] = property.Value;
        }

        target["id"] = image.Id;
        target["image_id"] = image.Id;
        target["name"] = image.Name;
        target["status"] = image.Status;
        target["visibility"] = image.Visibility;
        target["protected"] = image.Protected;
        target["os_hidden"] = image.OsHidden;
        target["owner"] = image.Owner;
        target["project_id"] = image.Owner;
        target["member"] = member;
        target["member_id"] = member;
        target["disk_format"] = image.DiskFormat;
        target["container_format"] = image.ContainerFormat;
        target["size"] = image.Size;
        target["virtual_size"] = image.VirtualSize;
        target["checksum"] = image.Checksum;
        target["os_hash_algo"] = image.OsHashAlgo;
        target["os_hash_value"] = image.OsHashValue;
        target["min_disk"] = image.MinDisk;
        target["min_ram"] = image.MinRam;
        target["created_at"] = image.CreatedAt.ToString("O", CultureInfo.InvariantCulture);
        target["updated_at"] = image.UpdatedAt.ToString("O", CultureInfo.InvariantCulture);
        target["tags"] = image.Tags.Select(t => t.Value).ToList();
        return target;
    }

    /// <summary>The target of an image being proposed by a create call (glance/api/v2/policy.py, ImageAPIPolicy).</summary>
    public static IReadOnlyDictionary<string, object?> ForNew(string? owner, string visibility) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["project_id"] = owner,
            ["owner"] = owner,
            ["visibility"] = visibility,
        };

    /// <summary>The target of calls that concern no image (listing, tasks): the caller's own project.</summary>
    public static IReadOnlyDictionary<string, object?> ForProject(string? projectId) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["project_id"] = projectId };
}
