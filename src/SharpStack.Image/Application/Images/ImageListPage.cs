using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Images;

/// <summary>One page of images and the marker of the next page, when there may be one.</summary>
internal sealed record ImageListPage(IReadOnlyList<ImageRecord> Images, string? NextMarker);
