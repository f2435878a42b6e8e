using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Image.Application.Stores;

/// <summary>The <c>[glance_store]</c> section: which enabled store receives uploads that name none.</summary>
public sealed class GlanceStoreOptions
{
    public const string SectionName = "glance_store";

    [ConfigurationKeyName("default_backend")]
    [Description("Id of the store (from enabled_backends) that receives data when a request names none; empty means the first enabled store.")]
    public string DefaultBackend { get; set; } = "";
}
