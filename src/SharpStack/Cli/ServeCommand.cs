using System.CommandLine;
using SharpStack.Composition;
using SharpStack.Configuration;

namespace SharpStack.Cli;

/// <summary><c>sharpstack serve</c>: the chosen services' APIs in this process, for distributed deployments.</summary>
internal static class ServeCommand
{
    public static Command Create(CloudComposition composition)
    {
        var config = CommonOptions.Config();
        var services = CommonOptions.Services();
        var command = new Command("serve", "Serve the APIs of the chosen services, with the databases and bus the configuration names (run 'db upgrade' first).")
        {
            config, services,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var configuration = ConfigurationLoader.Load(composition, result.GetValue(config), new Dictionary<string, string?>());
            var cloudOptions = ConfigurationLoader.CloudOptions(configuration);
            var endpoints = composition.SelectServices(result.GetValue(services))
                .Select(service => ServiceEndpointResolver.Resolve(service, configuration, cloudOptions))
                .ToList();
            using var shutdown = new ShutdownSignal(cancellationToken);
            await using var bus = ProcessBus.Create(configuration);
            await using var host = new CloudHost(
                endpoints,
                service => ServiceConfiguration.For(service, configuration),
                SharedServices.For(ConfigurationLoader.DataDirectory(configuration), bus.Bus));
            if (!await StartupProgress.RunUntilStoppedAsync(report => host.StartAsync(report, shutdown.Token), shutdown.Token))
            {
                return 0;
            }

            Console.WriteLine($"SharpStack is serving: {string.Join(", ", endpoints.Select(e => $"{e.Service.Name} {e.ListenUrl}"))}");
            await shutdown.WaitAsync();
            return 0;
        }));
        return command;
    }
}
