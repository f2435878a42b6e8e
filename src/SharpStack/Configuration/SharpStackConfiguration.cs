using Microsoft.Extensions.Configuration;

namespace SharpStack.Configuration;

/// <summary>
/// Builds the configuration the way OpenStack operators expect it: an ini file with one section per
/// service, overridden by <c>SHARPSTACK__SECTION__KEY</c> environment variables, then by the command line.
/// </summary>
internal static class SharpStackConfiguration
{
    public const string EnvironmentPrefix = "SHARPSTACK__";

    public static IConfigurationRoot Load(FileInfo? configFile, IReadOnlyDictionary<string, string?> commandLine)
    {
        var builder = new ConfigurationBuilder();
        if (configFile is not null)
        {
            if (!configFile.Exists)
            {
                throw new OperatorException(
                    $"The configuration file {configFile.FullName} does not exist; create it (see 'sharpstack config sample') or fix the --config path.");
            }

            builder.AddIniFile(configFile.FullName, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddInMemoryCollection(commandLine.Where(pair => pair.Value is not null));
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException error) when (error.InnerException is FormatException format)
        {
            throw new OperatorException(
                $"The configuration file {configFile?.FullName} is not a valid ini file ({format.Message}); fix the line it names.");
        }
    }
}
