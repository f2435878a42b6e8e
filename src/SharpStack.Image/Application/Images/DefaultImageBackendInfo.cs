namespace SharpStack.Image.Application.Images;

/// <summary>Glance's defaults until the data path registers its own: all three import methods and one file store.</summary>
internal sealed class DefaultImageBackendInfo : IImageBackendInfo
{
    public IReadOnlyList<string> ImportMethods { get; } = ["glance-direct", "web-download", "copy-image"];

    public IReadOnlyList<string> StoreIds { get; } = ["file"];
}
