using System.CommandLine;

namespace SharpStack.Cli;

/// <summary>The verbs of the <c>sharpstack</c> executable.</summary>
internal static class SharpStackCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("SharpStack: a cloud operating system that speaks the OpenStack APIs.");
        root.Subcommands.Add(UpCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(BootstrapCommand.Create());
        root.Subcommands.Add(IdentityCommand.Create());
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(VersionCommand.Create());
        return root;
    }
}
