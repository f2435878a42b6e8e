namespace SharpStack.Image.Domain;

/// <summary>Where a copy of an image's data is kept: one row per store that holds it.</summary>
internal sealed class ImageLocation
{
    public const int StoreMaxLength = 255;
    public const int UrlMaxLength = 2048;

    public required string ImageId { get; init; }

    /// <summary>The store's id as configured in <c>enabled_backends</c>, e.g. <c>file</c>.</summary>
    public required string StoreId { get; init; }

    /// <summary>The store's own address of the data, e.g. <c>file:///var/lib/sharpstack/images/file/ID</c>.</summary>
    public required string Url { get; set; }

    public DateTime CreatedAt { get; init; }
}
