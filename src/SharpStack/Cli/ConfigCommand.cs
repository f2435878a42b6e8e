using System.CommandLine;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Cli;

/// <summary><c>sharpstack config</c>: the sample configuration and the table of services, both generated from the composition.</summary>
internal static class ConfigCommand
{
    public static Command Create(CloudComposition composition)
    {
        var sample = new Command("sample", "Print a commented sample configuration with every option and its default.");
        sample.SetAction(_ => Console.Write(SampleConfigWriter.Write(ConfigurationSchema.Sample(composition))));

        var format = new Option<ServiceTableFormat>("--format")
        {
            Description = "text (default), markdown (the README's table) or json (for scripts such as the conformance runner).",
            DefaultValueFactory = _ => ServiceTableFormat.Text,
        };
        var services = new Command("services", "Print the services and agent kinds of this build: name, OpenStack name, catalog type, default port, version path.")
        {
            format,
        };
        services.SetAction(result => Console.Write(ServiceTable.Write(composition, result.GetValue(format))));
        return new Command("config", "Configuration tools.") { sample, services };
    }
}
