using Microsoft.EntityFrameworkCore;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Images;

/// <summary>Finds an image the caller may see; anything else (missing, deleted, another project's private image) is the same 404.</summary>
internal sealed class ImageLookup(ImageDbContext db, ImagePolicy policy)
{
    /// <summary>The image with its properties, tags and locations, tracked for changes.</summary>
    /// <exception cref="SharpStack.Common.Faults.NotFoundException">The caller cannot see an image with this id.</exception>
    public async Task<ImageRecord> GetVisibleAsync(string imageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imageId);
        var image = await db.Images
            .Include(i => i.Properties)
            .Include(i => i.Tags)
            .Include(i => i.Locations)
            .Where(i => i.Id == imageId)
            .Where(ImageVisibilityRules.NotGone)
            .Where(ImageVisibilityRules.VisibleTo(policy.ProjectId, policy.IsAdmin))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw ImageErrors.NotFound(imageId);
        policy.Enforce(ImagePolicyRules.GetImage, image);
        return image;
    }
}
