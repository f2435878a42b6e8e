using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Images;

/// <summary>GET /v2/images: the images a caller may see, filtered, sorted and paged as Glance's image_get_all does.</summary>
internal sealed class ImageListService(ImageDbContext db, ImagePolicy policy)
{
    public async Task<ImageListPage> ListAsync(ImageListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        policy.Enforce(ImagePolicyRules.GetImages);
        var images = Filter(Visible(query), query);
        if (query.Marker is not null)
        {
            var marker = await db.Images.AsNoTracking()
                .Where(i => i.Id == query.Marker)
                .Where(ImageVisibilityRules.NotGone)
                .Where(ImageVisibilityRules.VisibleTo(policy.ProjectId, policy.IsAdmin))
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new BadRequestException($"No image found with ID {query.Marker}");
            images = ImageListOrdering.After(images, marker, query.Sort);
        }

        var page = await ImageListOrdering.OrderBy(images, query.Sort)
            .Take(query.Limit)
            .Include(i => i.Properties)
            .Include(i => i.Tags)
            .Include(i => i.Locations)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var allowed = page.Where(image => policy.Check(ImagePolicyRules.GetImage, image)).ToList();
        var next = allowed.Count != 0 && page.Count == query.Limit ? allowed[^1].Id : null;
        return new ImageListPage(allowed, next);
    }

    /// <summary>glance/db/sqlalchemy/api.py _select_images_query and the community rule of _image_get_all.</summary>
    private IQueryable<ImageRecord> Visible(ImageListQuery query)
    {
        var project = policy.ProjectId;
        var memberStatus = query.MemberStatus;
        var images = db.Images.Where(ImageVisibilityRules.NotGone).Where(i => i.Status != ImageStatus.Killed);
        if (!policy.IsAdmin)
        {
            images = images.Where(i =>
                i.Visibility == ImageVisibility.Public
                || i.Visibility == ImageVisibility.Community
                || (project != null && i.Owner == project)
                || (project != null && i.Visibility == ImageVisibility.Shared
                    && i.Members.Any(m => m.MemberId == project && (memberStatus == "all" || m.Status == memberStatus))));
        }

        if (query.Visibility is not null)
        {
            return query.Visibility == "all" ? images : images.Where(i => i.Visibility == query.Visibility);
        }

        return project is null
            ? images.Where(i => i.Visibility != ImageVisibility.Community)
            : images.Where(i => i.Owner == project || i.Visibility != ImageVisibility.Community);
    }

    private static IQueryable<ImageRecord> Filter(IQueryable<ImageRecord> images, ImageListQuery query)
    {
        images = images.Where(i => i.OsHidden == query.OsHidden);
        if (query.Protected is { } isProtected)
        {
            images = images.Where(i => i.Protected == isProtected);
        }

        foreach (var tag in query.Tags)
        {
            images = images.Where(i => i.Tags.Any(t => t.Value == tag));
        }

        foreach (var (name, value) in query.PropertyFilters)
        {
            images = images.Where(i => i.Properties.Any(p => p.Name == name && p.Value == value));
        }

        if (query.SizeMin is { } min)
        {
            images = images.Where(i => i.Size >= min);
        }

        if (query.SizeMax is { } max)
        {
            images = images.Where(i => i.Size <= max);
        }

        foreach (var (key, values) in query.ValueFilters)
        {
            images = key switch
            {
                "name" => images.Where(i => i.Name != null && values.Contains(i.Name)),
                "id" => images.Where(i => values.Contains(i.Id)),
                "status" => images.Where(i => values.Contains(i.Status)),
                "container_format" => images.Where(i => i.ContainerFormat != null && values.Contains(i.ContainerFormat)),
                _ => images.Where(i => i.DiskFormat != null && values.Contains(i.DiskFormat)),
            };
        }

        foreach (var (key, op, threshold) in query.TimeFilters)
        {
            images = ImageTimeFilter.Apply(images, key == "created_at", op, threshold);
        }

        foreach (var (key, value) in query.ColumnFilters)
        {
            images = Column(images, key, value);
        }

        return images;
    }

    private static IQueryable<ImageRecord> Column(IQueryable<ImageRecord> images, string key, string value)
    {
        long? number = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return key switch
        {
            "owner" => images.Where(i => i.Owner == value),
            "checksum" => images.Where(i => i.Checksum == value),
            "os_hash_value" => images.Where(i => i.OsHashValue == value),
            "os_hash_algo" => images.Where(i => i.OsHashAlgo == value),
            "min_ram" => number is null ? images.Where(_ => false) : images.Where(i => i.MinRam == number),
            "min_disk" => number is null ? images.Where(_ => false) : images.Where(i => i.MinDisk == number),
            "size" => number is null ? images.Where(_ => false) : images.Where(i => i.Size == number),
            _ => number is null ? images.Where(_ => false) : images.Where(i => i.VirtualSize == number),
        };
    }
}
