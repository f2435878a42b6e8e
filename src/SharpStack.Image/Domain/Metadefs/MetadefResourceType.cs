namespace SharpStack.Image.Domain.Metadefs;

/// <summary>A kind of cloud resource that namespaces may apply to (OS::Glance::Image, OS::Nova::Flavor …).</summary>
internal sealed class MetadefResourceType
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Seeded system types cannot be deleted.</summary>
    public bool Protected { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
