namespace SharpStack.Image.Application.Images;

/// <summary>One stored copy of an image being deleted.</summary>
internal sealed record ImageDeletionLocation(string StoreId, string Url);
