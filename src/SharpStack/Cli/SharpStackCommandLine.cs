using System.CommandLine;
using SharpStack.Composition;

namespace SharpStack.Cli;

/// <summary>The verbs of the <c>sharpstack</c> executable, for the services and agent kinds of one composition.</summary>
internal static class SharpStackCommandLine
{
    public static RootCommand Build(CloudComposition composition)
    {
        var root = new RootCommand("SharpStack: a cloud operating system that speaks the OpenStack APIs.");
        root.Subcommands.Add(UpCommand.Create(composition));
        root.Subcommands.Add(ServeCommand.Create(composition));
        root.Subcommands.Add(AgentCommand.Create(composition));
        root.Subcommands.Add(DbCommand.Create(composition));
        root.Subcommands.Add(BootstrapCommand.Create(composition));
        foreach (var service in composition.Services.Where(service => service.MaintenanceCommand is not null))
        {
            root.Subcommands.Add(service.MaintenanceCommand!(composition));
        }

        root.Subcommands.Add(ConfigCommand.Create(composition));
        root.Subcommands.Add(VersionCommand.Create());
        return root;
    }
}
