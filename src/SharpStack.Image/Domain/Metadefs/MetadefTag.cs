namespace SharpStack.Image.Domain.Metadefs;

/// <summary>A metadata definition tag of a namespace; names are unique per namespace regardless of case.</summary>
internal sealed class MetadefTag
{
    public const int NameMaxLength = 255;

    public int Id { get; set; }

    public int NamespaceId { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
