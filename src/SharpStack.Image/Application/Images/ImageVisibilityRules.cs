using System.Linq.Expressions;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Images;

/// <summary>Which images a project may see at all (glance/db/utils.py is_image_visible), as a query predicate.</summary>
internal static class ImageVisibilityRules
{
    /// <summary>Statuses of images that are gone: never shown, always 404.</summary>
    public static IReadOnlyList<string> GoneStatuses { get; } = [ImageStatus.Deleted, ImageStatus.PendingDelete];

    public static Expression<Func<ImageRecord, bool>> NotGone { get; } =
        image => image.Status != ImageStatus.Deleted && image.Status != ImageStatus.PendingDelete;

    /// <summary>Admins see everything; others see ownerless, public and community images, their own, and shared ones they are a member of (any status).</summary>
    public static Expression<Func<ImageRecord, bool>> VisibleTo(string? projectId, bool isAdmin) =>
        isAdmin
            ? image => true
            : image => image.Owner == null
                || image.Visibility == ImageVisibility.Public
                || image.Visibility == ImageVisibility.Community
                || (projectId != null && image.Owner == projectId)
                || (projectId != null && image.Visibility == ImageVisibility.Shared && image.Members.Any(m => m.MemberId == projectId));
}
