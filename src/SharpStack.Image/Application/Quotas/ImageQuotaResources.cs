namespace SharpStack.Image.Application.Quotas;

/// <summary>The resource names Glance registers in Identity's unified limits, and the defaults <c>sharpstack up</c> registers for them.</summary>
public static class ImageQuotaResources
{
    /// <summary>MiB of image data in stores, counted once per store that holds a copy.</summary>
    public const string ImageSizeTotal = "image_size_total";

    /// <summary>MiB of data in the staging area (staged uploads, web-download and copy-image in progress).</summary>
    public const string ImageStageTotal = "image_stage_total";

    /// <summary>Images that are neither killed nor deleted.</summary>
    public const string ImageCountTotal = "image_count_total";

    /// <summary>Images being uploaded, staged, imported or copied.</summary>
    public const string ImageCountUploading = "image_count_uploading";

    /// <summary>Keystone's "no limit" value (oslo.limit skips limits below zero).</summary>
    public const int Unlimited = -1;

    /// <summary>All four, in the order Glance's usage API lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [ImageSizeTotal, ImageStageTotal, ImageCountTotal, ImageCountUploading];

    /// <summary>Registered limits of <see cref="Unlimited"/> for each resource: enforcement is on, and only project limits restrict.</summary>
    public static IReadOnlyDictionary<string, int> UnlimitedDefaults { get; } = All.ToDictionary(name => name, _ => Unlimited, StringComparer.Ordinal);
}
