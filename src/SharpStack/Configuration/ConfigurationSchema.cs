using SharpStack.Composition;

namespace SharpStack.Configuration;

/// <summary>Every options class the configuration binds, by section: the source of the sample config and of unknown-key reports.</summary>
internal static class ConfigurationSchema
{
    public static IReadOnlyList<OptionsSection> Sections { get; } =
    [
        new(CloudOptions.Section, typeof(CloudOptions)),
        new(CloudOptions.Section, typeof(LoggingOptions)),
        new(ComputeDriverOptions.Section, typeof(ComputeDriverOptions)),
        .. ServiceRegistry.All.Select(service => new OptionsSection(service.Name, typeof(ServiceEndpointOptions))),
    ];
}
