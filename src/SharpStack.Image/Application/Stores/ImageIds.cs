namespace SharpStack.Image.Application.Stores;

/// <summary>Checks that an image id can name a file or an object: Glance's ids are UUIDs.</summary>
internal static class ImageIds
{
    public static bool IsSafe(string imageId) =>
        imageId.Length == 36 && imageId.All(c => char.IsAsciiHexDigit(c) || c == '-');

    public static string RequireSafe(string imageId) =>
        IsSafe(imageId) ? imageId : throw new ArgumentException($"'{imageId}' is not an image id.", nameof(imageId));
}
