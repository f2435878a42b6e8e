namespace SharpStack.Image.Application.Images;

/// <summary>What an <see cref="IImageDeletionHandler"/> learns about an image being deleted.</summary>
/// <param name="ImageId">The image's id.</param>
/// <param name="Owner">The owning project.</param>
/// <param name="Status">The status before the delete (e.g. active, queued, uploading).</param>
/// <param name="Locations">The stored copies: store id and the store's URL of the data.</param>
internal sealed record ImageDeletion(string ImageId, string? Owner, string Status, IReadOnlyList<ImageDeletionLocation> Locations);
