namespace SharpStack.Image.Domain;

/// <summary>A project an image is shared with, and its answer.</summary>
internal sealed class ImageMember
{
    public required string ImageId { get; init; }

    /// <summary>The member project's id.</summary>
    public required string MemberId { get; init; }

    public required string Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }
}
