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

    public static Option<string?> Host() => new("--host")
    {
        Description = "Name the agents report this machine as (default [DEFAULT] host, else the machine's host name).",
    };
}
