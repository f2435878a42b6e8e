using System.CommandLine;
using System.Reflection;

namespace SharpStack.Cli;

/// <summary><c>sharpstack version</c>.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the SharpStack version.");
        command.SetAction(_ => Console.WriteLine($"sharpstack {Current}"));
        return command;
    }

    public static string Current { get; } =
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
