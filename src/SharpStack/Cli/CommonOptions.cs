using System.CommandLine;

namespace SharpStack.Cli;

/// <summary>Options several verbs share.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "Ini configuration file (one section per service, as nova.conf); SHARPSTACK__SECTION__KEY variables override it.",
    };

    public static Option<string?> Services() => new("--services")
    {
        Description = "Comma-separated services, e.g. identity,image (default: all).",
    };
}
