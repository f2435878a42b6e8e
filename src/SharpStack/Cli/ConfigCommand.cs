using System.CommandLine;
using SharpStack.Configuration;

namespace SharpStack.Cli;

/// <summary><c>sharpstack config sample</c>: a full commented configuration generated from the options classes.</summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var sample = new Command("sample", "Print a commented sample configuration with every option and its default.");
        sample.SetAction(_ => Console.Write(SampleConfigWriter.Write(ConfigurationSchema.Sections)));
        return new Command("config", "Configuration tools.") { sample };
    }
}
