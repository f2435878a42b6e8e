using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Stores;

/// <summary>One store's own section, named after its id in <c>enabled_backends</c> (Glance's per-backend options of the file store).</summary>
public sealed class FileStoreOptions
{
    /// <summary>The reserved section of the staging area that <c>PUT /stage</c> writes to.</summary>
    public const string StagingSectionName = "os_glance_staging_store";

    [ConfigurationKeyName("filesystem_store_datadir")]
    [Description("Folder of this store's image files; empty means <data_dir>/images/<store id>.")]
    public string FilesystemStoreDatadir { get; set; } = "";

    [ConfigurationKeyName("store_description")]
    [Description("What GET /v2/info/stores says about this store.")]
    public string StoreDescription { get; set; } = "";

    [ConfigurationKeyName("weight")]
    [Description("Preference among stores when an image has copies in several: higher is read first.")]
    public int Weight { get; set; }
}
