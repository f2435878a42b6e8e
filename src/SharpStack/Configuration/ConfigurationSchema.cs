using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Data;
using SharpStack.Hosting;
using SharpStack.Hosting.Auth;
using SharpStack.Hosting.Policy;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Image.Application.Data;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Application.Quotas;
using SharpStack.Image.Application.Stores;
using SharpStack.Messaging;

namespace SharpStack.Configuration;

/// <summary>Every options class the configuration binds, by section: the source of the sample config and of unknown-key reports.</summary>
internal static class ConfigurationSchema
{
    public static IReadOnlyList<OptionsSection> Sections { get; } =
    [
        new(CloudOptions.Section, typeof(CloudOptions)),
        new(CloudOptions.Section, typeof(LoggingOptions)),
        new(CloudOptions.Section, typeof(MessagingOptions)),
        new(ComputeDriverOptions.Section, typeof(ComputeDriverOptions)),
        new(DatabaseOptions.SectionName, typeof(DatabaseOptions)),
        new(HttpApiOptions.SectionName, typeof(HttpApiOptions)),
        new(KeystoneAuthTokenOptions.SectionName, typeof(KeystoneAuthTokenOptions)),
        new(TokenOptions.SectionName, typeof(TokenOptions)),
        new(FernetTokensOptions.SectionName, typeof(FernetTokensOptions)),
        new(ResourceOptions.SectionName, typeof(ResourceOptions)),
        new(PolicyFileOptions.SectionName, typeof(PolicyFileOptions)),
        new(SecurityComplianceOptions.SectionName, typeof(SecurityComplianceOptions)),
        new(KeystoneLimitsOptions.SectionName, typeof(KeystoneLimitsOptions)),
        new(OsloLimitOptions.SectionName, typeof(OsloLimitOptions)),
        .. ServiceRegistry.All.Select(service => new OptionsSection(service.Name, typeof(ServiceEndpointOptions))),
        new(StoreBackendsOptions.SectionName, typeof(StoreBackendsOptions)),
        new(ImageDataOptions.SectionName, typeof(ImageDataOptions)),
        new(ImportOptions.SectionName, typeof(ImportOptions)),
        new(GlanceStoreOptions.SectionName, typeof(GlanceStoreOptions)),
        new(ImportFilteringOptions.SectionName, typeof(ImportFilteringOptions)),
        .. StoreConfigurationSections.Names(new ConfigurationBuilder().Build()).Select(store => new OptionsSection(store, typeof(FileStoreOptions))),
    ];

    /// <summary>The sections of <see cref="Sections"/> plus one per image store that <paramref name="configuration"/> enables.</summary>
    public static IReadOnlyList<OptionsSection> For(IConfiguration configuration) =>
    [
        .. Sections,
        .. StoreConfigurationSections.Names(configuration)
            .Where(store => !Sections.Any(section => section.Name == store))
            .Select(store => new OptionsSection(store, typeof(FileStoreOptions))),
    ];
}
