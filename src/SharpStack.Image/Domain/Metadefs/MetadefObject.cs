namespace SharpStack.Image.Domain.Metadefs;

/// <summary>A metadata definition object: a named group of property definitions inside a namespace.</summary>
internal sealed class MetadefObject
{
    public const int NameMaxLength = 255;

    public int Id { get; set; }

    public int NamespaceId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The JSON array of required property names, as given.</summary>
    public string? Required { get; set; }

    /// <summary>The JSON object of the object's property definitions.</summary>
    public string JsonSchema { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
