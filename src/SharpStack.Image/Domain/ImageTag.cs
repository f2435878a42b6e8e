namespace SharpStack.Image.Domain;

/// <summary>A tag on an image.</summary>
internal sealed class ImageTag
{
    public const int ValueMaxLength = 255;

    public required string ImageId { get; init; }

    public required string Value { get; init; }
}
