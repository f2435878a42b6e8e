using SharpStack.Composition;
using SharpStack.Data;
using SharpStack.Hosting;
using SharpStack.Hosting.Auth;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.SecurityCompliance;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Image.Application.Quotas;
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
    ];
}
