namespace SharpStack.Image.Domain;

/// <summary>A custom (additional) property of an image: any name not among the core attributes.</summary>
internal sealed class ImageProperty
{
    public const int NameMaxLength = 255;
    public const int ValueMaxLength = 65535;

    public required string ImageId { get; init; }

    public required string Name { get; init; }

    public required string Value { get; set; }
}
