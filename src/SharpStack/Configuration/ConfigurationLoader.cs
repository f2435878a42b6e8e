using Microsoft.Extensions.Configuration;
using SharpStack.Cli;
using SharpStack.Composition;

namespace SharpStack.Configuration;

/// <summary>Loads the configuration for a verb and reports keys that nothing reads.</summary>
internal static class ConfigurationLoader
{
    public static IConfigurationRoot Load(CloudComposition composition, FileInfo? configFile, IReadOnlyDictionary<string, string?> commandLine)
    {
        var configuration = SharpStackConfiguration.Load(configFile, commandLine);
        foreach (var unknown in UnknownKeyFinder.Find(configuration, ConfigurationSchema.For(composition, configuration)))
        {
            CommandRunner.ReportWarning(
                $"Unknown configuration option {unknown} is ignored; check its spelling against 'sharpstack config sample'.");
        }

        var compute = configuration.GetSection(ComputeDriverOptions.Section).Get<ComputeDriverOptions>() ?? new();
        if (!ComputeDriverOptions.KnownDrivers.Contains(compute.ComputeDriver))
        {
            throw new OperatorException(
                $"compute_driver = {compute.ComputeDriver} is not a compute driver; use one of {string.Join(", ", ComputeDriverOptions.KnownDrivers)}.");
        }

        return configuration;
    }

    public static CloudOptions CloudOptions(IConfiguration configuration) =>
        configuration.GetSection(Configuration.CloudOptions.Section).Get<CloudOptions>() ?? new CloudOptions();

    public static DirectoryInfo DataDirectory(IConfiguration configuration) =>
        new(Path.GetFullPath(CloudOptions(configuration).DataDir));

    /// <summary>The name agents report as: <c>[DEFAULT] host</c> (or <c>--host</c>), else the machine's host name, as nova.conf's <c>host</c>.</summary>
    public static string HostName(IConfiguration configuration) =>
        CloudOptions(configuration).Host is { Length: > 0 } host ? host : System.Net.Dns.GetHostName();
}
