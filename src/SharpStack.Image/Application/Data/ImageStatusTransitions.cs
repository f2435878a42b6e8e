using SharpStack.Common.Faults;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Data;

/// <summary>Glance's image state machine (glance/domain Image.valid_state_targets) for the data operations.</summary>
internal static class ImageStatusTransitions
{
    private static readonly Dictionary<string, string[]> Targets = new(StringComparer.Ordinal)
    {
        [ImageStatus.Queued] = [ImageStatus.Saving, ImageStatus.Uploading, ImageStatus.Importing, ImageStatus.Active, ImageStatus.Deleted],
        [ImageStatus.Saving] = [ImageStatus.Active, ImageStatus.Killed, ImageStatus.Deleted, ImageStatus.Queued],
        [ImageStatus.Uploading] = [ImageStatus.Importing, ImageStatus.Queued, ImageStatus.Deleted],
        [ImageStatus.Importing] = [ImageStatus.Active, ImageStatus.Deleted, ImageStatus.Queued],
        [ImageStatus.Active] = [ImageStatus.PendingDelete, ImageStatus.Deleted, ImageStatus.Deactivated],
        [ImageStatus.Killed] = [ImageStatus.Deleted],
        [ImageStatus.PendingDelete] = [ImageStatus.Deleted, ImageStatus.Active],
        [ImageStatus.Deleted] = [],
        [ImageStatus.Deactivated] = [ImageStatus.Active, ImageStatus.Deleted],
    };

    public static bool IsAllowed(string from, string to) => Targets.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>409 with Glance's InvalidImageStatusTransition message unless the move is allowed.</summary>
    public static void Ensure(string from, string to)
    {
        if (!IsAllowed(from, to))
        {
            throw new ConflictException($"Image status transition from {from} to {to} is not allowed");
        }
    }

    /// <summary>Glance's check before data is saved: both formats must be set (400).</summary>
    public static void EnsureFormatsSet(ImageRecord image)
    {
        var missing = new[] { ("disk_format", image.DiskFormat), ("container_format", image.ContainerFormat) }
            .Where(format => string.IsNullOrEmpty(format.Item2))
            .Select(format => format.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            throw new BadRequestException(missing.Count == 1
                ? $"Property {missing[0]} must be set prior to saving data."
                : $"Properties {string.Join(", ", missing)} must be set prior to saving data.");
        }
    }
}
