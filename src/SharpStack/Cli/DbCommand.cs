using System.CommandLine;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Cli;

/// <summary><c>sharpstack db upgrade</c>: applies every service's migrations to the configured databases.</summary>
internal static class DbCommand
{
    public static Command Create(CloudComposition composition)
    {
        var config = CommonOptions.Config();
        var services = CommonOptions.Services();
        var upgrade = new Command("upgrade", "Create missing databases and apply pending migrations for every service (or those named).")
        {
            config, services,
        };
        upgrade.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var configuration = ConfigurationLoader.Load(composition, result.GetValue(config), new Dictionary<string, string?>());
            var dataDirectory = ConfigurationLoader.DataDirectory(configuration);
            var selected = composition.SelectServices(result.GetValue(services));
            await using var tools = ServiceTools.Create(configuration, selected, dataDirectory);
            await tools.MigrateAsync(cancellationToken);
            Console.WriteLine($"Databases are up to date: {string.Join(", ", selected.Select(service => service.Name))}.");
            return 0;
        }));
        return new Command("db", "Database tools.") { upgrade };
    }
}
