using Microsoft.Extensions.Configuration;
using SharpStack.Common;
using SharpStack.Configuration;
using SharpStack.Image;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Application.Stores;
using SharpStack.Image.Persistence;

namespace SharpStack.Composition.Services;

/// <summary>Image (Glance v2): images and their data in file stores, quotas through Identity's unified limits.</summary>
internal static class ImageEntry
{
    public static ServiceDefinition Definition { get; } = new()
    {
        Name = "image",
        Title = "Image",
        OpenStackName = "Glance",
        CatalogType = ServiceNames.Image,
        CatalogName = "glance",
        DefaultPort = 9292,
        AddServices = builder => builder.AddImage(),
        MapApi = app => app.MapImageApi(),
        AddDatabase = services => services.AddImagePersistence(),
        RegisteredLimits = ImageQuotaResources.UnlimitedDefaults,
        ServiceUser = new("glance", ["admin", "service"]),
        Options = Options,
        EmbeddedDefaults = EmbeddedDefaults,
        ClientApi = new("image", "2"),
        TryItCommand = "openstack image list",
    };

    private static IEnumerable<OptionsSection> Options(IConfiguration configuration) =>
    [
        new(KeystoneLimitsOptions.SectionName, typeof(KeystoneLimitsOptions)),
        new(OsloLimitOptions.SectionName, typeof(OsloLimitOptions)),
        new(StoreBackendsOptions.SectionName, typeof(StoreBackendsOptions)),
        new(ImageDataOptions.SectionName, typeof(ImageDataOptions)),
        new(ImportOptions.SectionName, typeof(ImportOptions)),
        new(GlanceStoreOptions.SectionName, typeof(GlanceStoreOptions)),
        new(ImportFilteringOptions.SectionName, typeof(ImportFilteringOptions)),
        .. StoreConfigurationSections.Names(configuration).Select(store => new OptionsSection(store, typeof(FileStoreOptions))),
    ];

    // Quotas as devstack sets Glance up: unified limits on, found under the image endpoint of the cloud's region.
    // Bootstrap registers unlimited defaults, so only project limits restrict.
    private static Dictionary<string, string?> EmbeddedDefaults(EmbeddedSettings settings) => new()
    {
        [$"{KeystoneLimitsOptions.SectionName}:use_keystone_limits"] = "true",
        [$"{OsloLimitOptions.SectionName}:endpoint_service_type"] = ServiceNames.Image,
        [$"{OsloLimitOptions.SectionName}:endpoint_region_name"] = settings.RegionName,
    };
}
