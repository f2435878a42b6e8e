using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Images;

/// <summary>Glance's errors about images, with its wording.</summary>
internal static class ImageErrors
{
    /// <summary>A missing, deleted or invisible image: glance/db/__init__.py ImageRepo.get.</summary>
    public static NotFoundException NotFound(string imageId) => new($"No image found with ID {imageId}");

    public static ForbiddenException ReadOnly(string attribute) => new($"Attribute '{attribute}' is read-only.");

    public static ForbiddenException Reserved(string attribute) => new($"Attribute '{attribute}' is reserved.");
}
