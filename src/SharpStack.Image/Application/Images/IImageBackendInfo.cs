namespace SharpStack.Image.Application.Images;

/// <summary>
/// The import methods and stores this deployment offers, as POST /v2/images announces them in the
/// <c>OpenStack-image-import-methods</c> and <c>OpenStack-image-store-ids</c> headers.
/// </summary>
internal interface IImageBackendInfo
{
    /// <summary>Glance's <c>enabled_import_methods</c>, e.g. glance-direct, web-download, copy-image.</summary>
    IReadOnlyList<string> ImportMethods { get; }

    /// <summary>The ids of the enabled stores (<c>enabled_backends</c>), e.g. <c>file</c>.</summary>
    IReadOnlyList<string> StoreIds { get; }
}
