namespace SharpStack.Image.Domain.Metadefs;

/// <summary>A metadata definition namespace (glance metadef_namespaces): the container of objects, properties and tags.</summary>
internal sealed class MetadefNamespace
{
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 500;
    public const int OwnerMaxLength = 255;

    public int Id { get; set; }

    public required string Namespace { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public string Visibility { get; set; } = MetadefVisibility.Private;

    public bool Protected { get; set; }

    public required string Owner { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public List<MetadefObject> Objects { get; } = [];

    public List<MetadefProperty> Properties { get; } = [];

    public List<MetadefTag> Tags { get; } = [];

    public List<MetadefResourceTypeAssociation> ResourceTypeAssociations { get; } = [];
}
