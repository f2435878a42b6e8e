namespace SharpStack.Image.Application.Images;

/// <summary>A parsed GET /v2/images request: filters, sort and page.</summary>
internal sealed record ImageListQuery
{
    public int Limit { get; init; } = ImageLimits.DefaultPageSize;

    public string? Marker { get; init; }

    /// <summary>pending, accepted, rejected or all: which memberships bring shared images in.</summary>
    public string MemberStatus { get; init; } = Domain.MemberStatus.Accepted;

    /// <summary>A visibility, <c>all</c>, or null for Glance's default set.</summary>
    public string? Visibility { get; init; }

    public bool OsHidden { get; init; }

    public bool? Protected { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<(string Key, bool Descending)> Sort { get; init; } = [];

    /// <summary>Equality or <c>in:</c> filters on name, id, status, container_format and disk_format.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ValueFilters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>created_at / updated_at comparisons.</summary>
    public IReadOnlyList<(string Key, string Operator, DateTime Threshold)> TimeFilters { get; init; } = [];

    public long? SizeMin { get; init; }

    public long? SizeMax { get; init; }

    /// <summary>Equality filters on other image columns (owner, checksum, min_ram ...).</summary>
    public IReadOnlyDictionary<string, string> ColumnFilters { get; init; } = new Dictionary<string, string>();

    /// <summary>Equality filters on custom properties.</summary>
    public IReadOnlyDictionary<string, string> PropertyFilters { get; init; } = new Dictionary<string, string>();
}
