using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Stores;

/// <summary>Glance's multi-store list, <c>[DEFAULT] enabled_backends</c>: which stores hold image data and of what kind.</summary>
public sealed class StoreBackendsOptions
{
    public const string SectionName = "DEFAULT";

    [ConfigurationKeyName("enabled_backends")]
    [Description("Image stores as id:kind pairs separated by commas, e.g. fast:file,cheap:file; each id may have its own section with filesystem_store_datadir and store_description. The only kind today is file.")]
    public string EnabledBackends { get; set; } = "file:file";
}
