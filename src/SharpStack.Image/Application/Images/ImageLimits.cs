namespace SharpStack.Image.Application.Images;

/// <summary>Glance's per-image limits (<c>image_tag_quota</c>, <c>image_property_quota</c>, <c>image_member_quota</c>) at their defaults.</summary>
internal static class ImageLimits
{
    public const int MaxTags = 128;
    public const int MaxProperties = 128;
    public const int MaxMembers = 128;

    /// <summary>Glance's <c>limit_param_default</c> and <c>api_limit_max</c>.</summary>
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;
}
