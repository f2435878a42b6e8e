namespace SharpStack.Image.Domain;

/// <summary>An image's metadata: Glance's core attributes, its custom properties, tags, members and stored copies.</summary>
internal sealed class ImageRecord
{
    public const int IdLength = 36;
    public const int NameMaxLength = 255;
    public const int FormatMaxLength = 32;
    public const int ProjectIdMaxLength = 255;
    public const int HashMaxLength = 128;

    public required string Id { get; init; }

    public string? Name { get; set; }

    public required string Status { get; set; }

    public required string Visibility { get; set; }

    public bool Protected { get; set; }

    public bool OsHidden { get; set; }

    /// <summary>The owning project; null for images created without a project (never by the API).</summary>
    public string? Owner { get; set; }

    public string? DiskFormat { get; set; }

    public string? ContainerFormat { get; set; }

    public long? Size { get; set; }

    public long? VirtualSize { get; set; }

    /// <summary>MD5 of the data, hex.</summary>
    public string? Checksum { get; set; }

    public string? OsHashAlgo { get; set; }

    public string? OsHashValue { get; set; }

    public int MinDisk { get; set; }

    public int MinRam { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, replaced on every write so two writers cannot both move the state.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ImageProperty> Properties { get; init; } = [];

    public List<ImageTag> Tags { get; init; } = [];

    public List<ImageMember> Members { get; init; } = [];

    public List<ImageLocation> Locations { get; init; } = [];
}
