using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Members;

/// <summary>
/// Shares images with other projects (glance/api/v2/image_members.py): the owner adds and removes members, each
/// member answers for itself, and a non-admin sees only the memberships of images it owns plus its own.
/// </summary>
internal sealed class ImageMemberService(ImageDbContext db, ImagePolicy policy, ImageLookup lookup, TimeProvider time)
{
    /// <exception cref="ForbiddenException">The image is not shared, or the caller may not add members.</exception>
    /// <exception cref="ConflictException">The project is already a member.</exception>
    public async Task<ImageMember> AddAsync(string imageId, string memberId, CancellationToken cancellationToken)
    {
        var image = await FindImageAsync(imageId, cancellationToken);
        RequireShared(image, $"Not allowed to create members for image {imageId}.");
        Enforce(ImagePolicyRules.AddMember, image, $"Not allowed to create members for image {imageId}.");
        if (await db.ImageMembers.AnyAsync(m => m.ImageId == image.Id && m.MemberId == memberId, cancellationToken))
        {
            throw new ConflictException($"Member {memberId} is duplicated for image {imageId}");
        }

        var count = await db.ImageMembers.CountAsync(m => m.ImageId == image.Id, cancellationToken);
        if (count + 1 > ImageLimits.MaxMembers)
        {
            throw new RequestEntityTooLargeException(
                $"Image member limit exceeded for image {imageId}: The limit has been exceeded on the number of allowed image members "
                + $"for this image. Attempted: {count + 1}, Maximum: {ImageLimits.MaxMembers}:");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var member = new ImageMember { ImageId = image.Id, MemberId = memberId, Status = MemberStatus.Pending, CreatedAt = now, UpdatedAt = now };
        db.ImageMembers.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new ConflictException($"Member {memberId} is duplicated for image {imageId}", exception);
        }

        return member;
    }

    /// <summary>The memberships the caller may see: all for the owner and admins, its own for a member.</summary>
    public async Task<IReadOnlyList<ImageMember>> ListAsync(string imageId, CancellationToken cancellationToken)
    {
        var image = await FindImageAsync(imageId, cancellationToken);
        try
        {
            RequireShared(image, null);
            policy.Enforce(ImagePolicyRules.GetMembers, image);
        }
        catch (ForbiddenException exception)
        {
            throw new ForbiddenException($"Not allowed to list members for image {image.Id}: {exception.Message}", exception);
        }

        var members = await Members(image).OrderBy(m => m.CreatedAt).ThenBy(m => m.MemberId).ToListAsync(cancellationToken);
        return policy.Check(ImagePolicyRules.GetMember, image) ? members : [];
    }

    /// <exception cref="NotFoundException">The caller cannot see this membership (never 403, to leak nothing).</exception>
    public async Task<ImageMember> GetAsync(string imageId, string memberId, CancellationToken cancellationToken)
    {
        var image = await FindImageAsync(imageId, cancellationToken);
        try
        {
            RequireShared(image, null);
            return await FindMemberAsync(image, memberId, cancellationToken);
        }
        catch (ForbiddenException exception)
        {
            throw new NotFoundException(exception.Message, exception);
        }
    }

    /// <exception cref="BadRequestException">The status is not pending, accepted or rejected.</exception>
    /// <exception cref="ForbiddenException">The caller is not the member (the owner cannot answer for it).</exception>
    public async Task<ImageMember> UpdateStatusAsync(string imageId, string memberId, string status, CancellationToken cancellationToken)
    {
        var forbidden = $"Not allowed to update members for image {imageId}.";
        var image = await FindImageAsync(imageId, cancellationToken);
        RequireShared(image, forbidden);
        var member = await FindMemberAsync(image, memberId, cancellationToken, forbidden);
        Enforce(ImagePolicyRules.ModifyMember, image, forbidden);
        if (!MemberStatus.All.Contains(status))
        {
            throw new BadRequestException("Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".");
        }

        member.Status = status;
        member.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <exception cref="ForbiddenException">The caller does not own the image.</exception>
    public async Task DeleteAsync(string imageId, string memberId, CancellationToken cancellationToken)
    {
        var forbidden = $"Not allowed to delete members for image {imageId}.";
        var image = await FindImageAsync(imageId, cancellationToken);
        RequireShared(image, forbidden);
        var member = await FindMemberAsync(image, memberId, cancellationToken, forbidden);
        Enforce(ImagePolicyRules.DeleteMember, image, forbidden);
        db.ImageMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ImageRecord> FindImageAsync(string imageId, CancellationToken cancellationToken)
    {
        try
        {
            return await lookup.GetVisibleAsync(imageId, cancellationToken);
        }
        catch (NotFoundException exception)
        {
            throw new NotFoundException($"Image {imageId} not found.", exception);
        }
    }

    private async Task<ImageMember> FindMemberAsync(ImageRecord image, string memberId, CancellationToken cancellationToken, string? forbidden = null)
    {
        try
        {
            policy.Enforce(ImagePolicyRules.GetMember, image);
        }
        catch (ForbiddenException exception)
        {
            throw new ForbiddenException(forbidden ?? $"You are not authorized to lookup the members of the image {image.Id}.", exception);
        }

        return await Members(image).FirstOrDefaultAsync(m => m.MemberId == memberId, cancellationToken)
            ?? throw new NotFoundException($"{memberId} not found in the member list of the image {image.Id}.");
    }

    /// <summary>glance/db/sqlalchemy/api.py _image_member_find: non-admins see memberships of their images and their own.</summary>
    private IQueryable<ImageMember> Members(ImageRecord image)
    {
        var project = policy.ProjectId;
        var members = db.ImageMembers.Where(m => m.ImageId == image.Id);
        return policy.IsAdmin || image.Owner == project ? members : members.Where(m => m.MemberId == project);
    }

    private static void RequireShared(ImageRecord image, string? forbidden)
    {
        if (image.Visibility != ImageVisibility.Shared)
        {
            throw new ForbiddenException(forbidden ?? "Only shared images have members.");
        }
    }

    private void Enforce(string rule, ImageRecord image, string forbidden)
    {
        try
        {
            policy.Enforce(rule, image);
        }
        catch (ForbiddenException exception)
        {
            throw new ForbiddenException(forbidden, exception);
        }
    }
}
