using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Images;

/// <summary>Applies a JSON-patch to an image (glance/api/v2/images.py update, _do_add/_do_replace/_do_remove); all changes or none.</summary>
internal sealed class ImageUpdater(ImageDbContext db, ImagePolicy policy, ImageLookup lookup, TimeProvider time)
{
    /// <summary>Core attributes a patch may set (the rest are read-only and refused by the parser).</summary>
    private static readonly HashSet<string> Settable = new(StringComparer.Ordinal)
    {
        "name", "visibility", "protected", "os_hidden", "min_disk", "min_ram", "disk_format", "container_format", "owner", "tags",
    };

    public async Task<ImageRecord> UpdateAsync(string imageId, IReadOnlyList<ImagePatchOperation> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var image = await lookup.GetVisibleAsync(imageId, cancellationToken);
        foreach (var change in changes)
        {
            Apply(image, change);
        }

        if (changes.Count > 0)
        {
            ImageWrites.CheckLimits(image.Tags.Count, image.Properties.Count);
            await db.SaveImageAsync(image, time.GetUtcNow().UtcDateTime, cancellationToken);
        }

        return image;
    }

    private void Apply(ImageRecord image, ImagePatchOperation change)
    {
        var root = change.Root;
        if (root == "locations")
        {
            // Glance's default show_multiple_locations = False hides locations, and then refuses to change them.
            throw new ForbiddenException(change.Op switch
            {
                "add" => "It's not allowed to add locations if locations are invisible.",
                "remove" => "It's not allowed to remove locations if locations are invisible.",
                _ => "It's not allowed to update locations if locations are invisible.",
            });
        }

        if (change.Op == "replace" && root == "owner" && !policy.IsAdmin)
        {
            throw new ForbiddenException("Owner can't be updated by non admin.");
        }

        if (root == "visibility" && change.Op != "remove")
        {
            policy.EnforceVisibility(change.Value!.GetValue<string>(), image);
        }

        policy.Enforce(ImagePolicyRules.ModifyImage, image);
        var property = image.Properties.FirstOrDefault(p => p.Name == root);
        var isCore = Settable.Contains(root);
        switch (change.Op)
        {
            case "remove" when isCore:
                throw new ForbiddenException($"Property {root} may not be removed.");
            case "remove" when property is null:
                throw new ConflictException($"Property {root} does not exist.");
            case "remove":
                image.Properties.Remove(property!);
                return;
            case "add" when change.DraftVersion == 4 && (isCore || property is not null):
                throw new ConflictException($"Property {root} already present.");
            case "replace" when !isCore && property is null:
                throw new ConflictException($"Property {root} does not exist.");
        }

        if (isCore)
        {
            SetCore(image, root, change.Value);
        }
        else if (property is not null)
        {
            property.Value = change.Value!.GetValue<string>();
        }
        else
        {
            image.Properties.Add(new ImageProperty { ImageId = image.Id, Name = root, Value = change.Value!.GetValue<string>() });
        }
    }

    private static void SetCore(ImageRecord image, string name, JsonNode? value)
    {
        switch (name)
        {
            case "name":
                image.Name = value?.GetValue<string>();
                break;
            case "visibility":
                image.Visibility = value!.GetValue<string>();
                break;
            case "protected":
                image.Protected = value!.GetValue<bool>();
                break;
            case "os_hidden":
                image.OsHidden = value!.GetValue<bool>();
                break;
            case "min_disk":
                image.MinDisk = NewImageParser.NonNegative(value, name);
                break;
            case "min_ram":
                image.MinRam = NewImageParser.NonNegative(value, name);
                break;
            case "disk_format":
                RequireQueued(image, name);
                image.DiskFormat = value?.GetValue<string>();
                break;
            case "container_format":
                RequireQueued(image, name);
                image.ContainerFormat = value?.GetValue<string>();
                break;
            case "owner":
                image.Owner = value?.GetValue<string>();
                break;
            case "tags":
                var tags = value!.AsArray().Select(t => t!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                image.Tags.RemoveAll(t => !tags.Contains(t.Value));
                foreach (var tag in tags.Where(t => image.Tags.TrueForAll(existing => existing.Value != t)))
                {
                    image.Tags.Add(new ImageTag { ImageId = image.Id, Value = tag });
                }

                break;
        }
    }

    private static void RequireQueued(ImageRecord image, string attribute)
    {
        if (image.Status is not (ImageStatus.Queued or ImageStatus.Importing))
        {
            throw new ForbiddenException($"Attribute {attribute} can be only replaced for a queued image.");
        }
    }
}
