using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Import;

/// <summary>Which interoperable import methods are offered, <c>[DEFAULT] enabled_import_methods</c> as in Glance.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "DEFAULT";

    public const string GlanceDirect = "glance-direct";
    public const string WebDownload = "web-download";
    public const string CopyImage = "copy-image";

    public static IReadOnlyList<string> KnownMethods { get; } = [GlanceDirect, WebDownload, CopyImage];

    [ConfigurationKeyName("enabled_import_methods")]
    [Description("Import methods offered by POST /v2/images/{id}/import, comma-separated: glance-direct, web-download, copy-image.")]
    public string EnabledImportMethods { get; set; } = "glance-direct,web-download,copy-image";

    /// <summary>The enabled methods as a list, in configured order.</summary>
    public IReadOnlyList<string> Methods =>
        [.. EnabledImportMethods.Trim().Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
