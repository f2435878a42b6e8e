using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Data;
using SharpStack.Hosting;
using SharpStack.Hosting.Auth;
using SharpStack.Hosting.Clients;
using SharpStack.Hosting.Policy;
using SharpStack.Hosting.Versions;
using SharpStack.Messaging;

namespace SharpStack.Configuration;

/// <summary>Every options class the configuration binds, by section: the source of the sample config and of unknown-key reports.</summary>
internal static class ConfigurationSchema
{
    /// <summary>The sections every process reads, whichever services it runs.</summary>
    public static IReadOnlyList<OptionsSection> ProcessSections { get; } =
    [
        new(CloudOptions.Section, typeof(CloudOptions)),
        new(CloudOptions.Section, typeof(LoggingOptions)),
        new(CloudOptions.Section, typeof(MessagingOptions)),
        new(ComputeDriverOptions.Section, typeof(ComputeDriverOptions)),
        new(DatabaseOptions.SectionName, typeof(DatabaseOptions)),
        new(HttpApiOptions.SectionName, typeof(HttpApiOptions)),
        new(KeystoneAuthTokenOptions.SectionName, typeof(KeystoneAuthTokenOptions)),
        new(PolicyFileOptions.SectionName, typeof(PolicyFileOptions)),
        new(ProxyHeadersOptions.SectionName, typeof(ProxyHeadersOptions)),
    ];

    /// <summary>Options classes bound once per section that an entry names (its <see cref="ServiceDefinition.ClientSections"/>), not by one fixed section.</summary>
    public static IReadOnlyList<Type> PerCalledServiceTypes { get; } = [typeof(ServiceClientOptions)];

    /// <summary>The sections of the sample configuration: the process's, then each service's with its agent kinds'.</summary>
    public static IReadOnlyList<OptionsSection> Sample(CloudComposition composition) =>
        For(composition, new ConfigurationBuilder().Build());

    /// <summary>The sections that <paramref name="configuration"/> may hold, including those it adds itself (such as one per image store it enables).</summary>
    public static IReadOnlyList<OptionsSection> For(CloudComposition composition, IConfiguration configuration) =>
    [
        .. ProcessSections,
        .. composition.Services.SelectMany(service => (IEnumerable<OptionsSection>)
        [
            new(service.Name, typeof(ServiceEndpointOptions)),
            .. service.Options(configuration),
            .. service.ClientSections.Select(section => new OptionsSection(section, typeof(ServiceClientOptions))),
            .. service.Agents.SelectMany(agent => agent.Options),
        ]),
    ];
}
