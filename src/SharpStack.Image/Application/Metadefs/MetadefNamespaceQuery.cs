using System.Globalization;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>The query of GET /v2/metadefs/namespaces, checked as glance/api/v2/metadef_namespaces.py RequestDeserializer.index.</summary>
internal sealed record MetadefNamespaceQuery(
    int Limit, string? Marker, string SortKey, bool Descending, string? Visibility, IReadOnlyList<string> ResourceTypes)
{
    private static readonly string[] SortKeys = ["created_at", "updated_at", "namespace", "display_name", "owner", "visibility", "protected", "id"];

    /// <exception cref="BadRequestException">A bad limit, sort direction, sort key or visibility.</exception>
    public static MetadefNamespaceQuery Parse(IReadOnlyDictionary<string, string> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = ImageLimits.DefaultPageSize;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit))
            {
                throw new BadRequestException("limit param must be an integer");
            }

            limit = Math.Min(ImageLimits.MaxPageSize, limit);
            if (limit < 0)
            {
                throw new BadRequestException("limit param must be positive");
            }
        }

        var sortDir = query.GetValueOrDefault("sort_dir", "desc");
        if (sortDir is not ("asc" or "desc"))
        {
            throw new BadRequestException($"Invalid sort direction: {sortDir}");
        }

        var sortKey = query.GetValueOrDefault("sort_key", "created_at");
        if (!SortKeys.Contains(sortKey))
        {
            throw new BadRequestException($"Invalid sort key: {sortKey}");
        }

        var visibility = query.GetValueOrDefault("visibility");
        if (!string.IsNullOrEmpty(visibility) && !MetadefVisibility.IsValid(visibility))
        {
            throw new BadRequestException($"Invalid visibility value: {visibility}");
        }

        var resourceTypes = query.GetValueOrDefault("resource_types") is { Length: > 0 } types
            ? types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new(limit, query.GetValueOrDefault("marker"), sortKey, sortDir == "desc", string.IsNullOrEmpty(visibility) ? null : visibility, resourceTypes);
    }
}
