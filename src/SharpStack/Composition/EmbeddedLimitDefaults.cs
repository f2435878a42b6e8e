using Microsoft.Extensions.Configuration;
using SharpStack.Image.Application.Quotas;

namespace SharpStack.Composition;

/// <summary>
/// Image quotas in the all-in-one cloud, as devstack sets Glance up: unified limits on, found under the image endpoint
/// of the cloud's region. Bootstrap registers unlimited defaults, so only project limits restrict; the configuration wins.
/// </summary>
internal static class EmbeddedLimitDefaults
{
    public static IConfiguration With(IConfiguration configuration, string regionName) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{KeystoneLimitsOptions.SectionName}:use_keystone_limits"] = "true",
            [$"{OsloLimitOptions.SectionName}:endpoint_service_type"] = "image",
            [$"{OsloLimitOptions.SectionName}:endpoint_region_name"] = regionName,
        })
        .AddConfiguration(configuration)
        .Build();
}
