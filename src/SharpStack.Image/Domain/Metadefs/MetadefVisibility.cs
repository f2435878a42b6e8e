namespace SharpStack.Image.Domain.Metadefs;

/// <summary>The two visibilities a metadata definition namespace may have.</summary>
internal static class MetadefVisibility
{
    public const string Public = "public";
    public const string Private = "private";

    public static bool IsValid(string value) => value is Public or Private;
}
