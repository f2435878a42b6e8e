namespace SharpStack.Image.Domain.Metadefs;

/// <summary>A namespace applied to a resource type, with the prefix its property names take there.</summary>
internal sealed class MetadefResourceTypeAssociation
{
    public const int PrefixMaxLength = 80;
    public const int PropertiesTargetMaxLength = 80;

    public int NamespaceId { get; set; }

    public int ResourceTypeId { get; set; }

    public MetadefResourceType? ResourceType { get; set; }

    public string? Prefix { get; set; }

    public string? PropertiesTarget { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
