namespace SharpStack.Image.Domain.Metadefs;

/// <summary>A metadata definition property of a namespace: its name and its JSON schema (title, type, enum …).</summary>
internal sealed class MetadefProperty
{
    public const int NameMaxLength = 255;

    public int Id { get; set; }

    public int NamespaceId { get; set; }

    public required string Name { get; set; }

    public string JsonSchema { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
