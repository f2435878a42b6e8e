using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Data;

/// <summary>Finds an image the caller may see (admin, owner, public, community, or a member); others are 404.</summary>
internal sealed class InterimImageLookup(ImageDbContext db)
{
    public async Task<ImageRecord> GetAsync(AuthContext caller, string imageId, CancellationToken ct)
    {
        var image = await db.Images.AsNoTracking().Include(i => i.Locations).Include(i => i.Members)
            .SingleOrDefaultAsync(i => i.Id == imageId, ct);
        var visible = image is not null && image.Status != ImageStatus.Deleted && (caller.HasRole("admin")
            || image.Owner == caller.ProjectId
            || image.Visibility is ImageVisibility.Public or ImageVisibility.Community
            || (image.Visibility == ImageVisibility.Shared && image.Members.Any(m => m.MemberId == caller.ProjectId)));
        return visible ? image! : throw new NotFoundException($"No image found with ID {imageId}");
    }

    public static bool MayWrite(AuthContext caller, ImageRecord image) =>
        caller.HasRole("admin") || (image.Owner == caller.ProjectId && caller.HasRole("member"));
}
