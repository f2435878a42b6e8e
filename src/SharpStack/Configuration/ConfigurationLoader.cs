using Microsoft.Extensions.Configuration;
using SharpStack.Cli;

namespace SharpStack.Configuration;

/// <summary>Loads the configuration for a verb and reports keys that nothing reads.</summary>
internal static class ConfigurationLoader
{
    public static IConfigurationRoot Load(FileInfo? configFile, IReadOnlyDictionary<string, string?> commandLine)
    {
        var configuration = SharpStackConfiguration.Load(configFile, commandLine);
        foreach (var unknown in UnknownKeyFinder.Find(configuration, ConfigurationSchema.For(configuration)))
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
}
