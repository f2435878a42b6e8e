using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Images;

/// <summary>created_at / updated_at filters with Glance's operators (glance/common/utils.py evaluate_filter_op).</summary>
internal static class ImageTimeFilter
{
    public static IQueryable<ImageRecord> Apply(IQueryable<ImageRecord> images, bool created, string op, DateTime threshold) =>
        (created, op) switch
        {
            (true, "gt") => images.Where(i => i.CreatedAt > threshold),
            (true, "gte") => images.Where(i => i.CreatedAt >= threshold),
            (true, "lt") => images.Where(i => i.CreatedAt < threshold),
            (true, "lte") => images.Where(i => i.CreatedAt <= threshold),
            (true, "neq") => images.Where(i => i.CreatedAt != threshold),
            (true, _) => images.Where(i => i.CreatedAt == threshold),
            (false, "gt") => images.Where(i => i.UpdatedAt > threshold),
            (false, "gte") => images.Where(i => i.UpdatedAt >= threshold),
            (false, "lt") => images.Where(i => i.UpdatedAt < threshold),
            (false, "lte") => images.Where(i => i.UpdatedAt <= threshold),
            (false, "neq") => images.Where(i => i.UpdatedAt != threshold),
            (false, _) => images.Where(i => i.UpdatedAt == threshold),
        };
}
