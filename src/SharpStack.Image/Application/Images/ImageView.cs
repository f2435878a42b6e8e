using System.Globalization;
using System.Text.Json.Nodes;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Images;

/// <summary>
/// An image as Glance renders it (glance/api/v2/images.py ResponseSerializer._format_image): custom properties at
/// the top level, every core attribute (null when unset), tags, links to itself, its data and its schema, and the
/// stores that hold its data.
/// </summary>
internal static class ImageView
{
    /// <summary>Properties Glance uses internally and never shows.</summary>
    private static readonly HashSet<string> HiddenProperties = new(StringComparer.Ordinal) { "os_glance_stage_host", "os_glance_hash_op_host" };

    public static JsonObject Render(ImageRecord image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var view = new JsonObject();
        foreach (var property in image.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (!HiddenProperties.Contains(property.Name))
            {
                view[property.Name] = property.Value;
            }
        }

        view["name"] = image.Name;
        view["disk_format"] = image.DiskFormat;
        view["container_format"] = image.ContainerFormat;
        view["visibility"] = image.Visibility;
        view["size"] = image.Size;
        view["virtual_size"] = image.VirtualSize;
        view["status"] = image.Status;
        view["checksum"] = image.Checksum;
        view["protected"] = image.Protected;
        view["min_ram"] = image.MinRam;
        view["min_disk"] = image.MinDisk;
        view["owner"] = image.Owner;
        view["os_hidden"] = image.OsHidden;
        view["os_hash_algo"] = image.OsHashAlgo;
        view["os_hash_value"] = image.OsHashValue;
        view["id"] = image.Id;
        view["created_at"] = Timestamp(image.CreatedAt);
        view["updated_at"] = Timestamp(image.UpdatedAt);
        view["tags"] = new JsonArray([.. image.Tags.Select(t => JsonValue.Create(t.Value)).OrderBy(t => t!.GetValue<string>(), StringComparer.Ordinal)]);
        view["self"] = Self(image.Id);
        view["file"] = Self(image.Id) + "/file";
        view["schema"] = "/v2/schemas/image";
        if (image.Locations.Count > 0)
        {
            view["stores"] = string.Join(',', image.Locations.Select(l => l.StoreId).Order(StringComparer.Ordinal));
        }

        return view;
    }

    /// <summary>The image's path on the API, e.g. <c>/v2/images/ID</c>.</summary>
    public static string Self(string imageId) => "/v2/images/" + imageId;

    /// <summary>oslo's isotime: seconds precision, UTC, with a Z.</summary>
    public static string Timestamp(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
