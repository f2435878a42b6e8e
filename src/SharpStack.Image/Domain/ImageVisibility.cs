namespace SharpStack.Image.Domain;

/// <summary>Who may see an image: Glance's four visibilities.</summary>
internal static class ImageVisibility
{
    public const string Public = "public";

    public const string Private = "private";

    public const string Shared = "shared";

    public const string Community = "community";

    public static IReadOnlyList<string> All { get; } = [Public, Private, Shared, Community];
}
