using System.CommandLine;
using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Configuration;
using SharpStack.Messaging;

namespace SharpStack.Cli;

/// <summary><c>sharpstack agent &lt;kind&gt;</c>: one agent alone in this process, connected to the bus and nothing else.</summary>
internal static class AgentCommand
{
    public static Command Create(CloudComposition composition)
    {
        var kind = new Argument<string>("kind") { Description = "The agent kind to run." };
        var config = CommonOptions.Config();
        var host = CommonOptions.Host();
        var command = new Command("agent", "Run one agent of the given kind on this host, with the bus the configuration names ([DEFAULT] transport_url); agents never open a database.")
        {
            kind, config, host,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var agent = composition.Agent(result.GetValue(kind)!);
            var configuration = ConfigurationLoader.Load(
                composition, result.GetValue(config), new Dictionary<string, string?> { ["DEFAULT:host"] = result.GetValue(host) });
            var hostName = ConfigurationLoader.HostName(configuration);
            if (configuration.GetSection(CloudOptions.Section).Get<MessagingOptions>()?.TransportUrl.StartsWith("memory:", StringComparison.Ordinal) ?? true)
            {
                CommandRunner.ReportWarning("[DEFAULT] transport_url is memory://, so nothing outside this process can reach the agent; set it to the cloud's RabbitMQ.");
            }

            using var shutdown = new ShutdownSignal(cancellationToken);
            await using var bus = ProcessBus.Create(configuration);
            AgentHost? running = null;
            if (!await StartupProgress.RunUntilStoppedAsync(async report =>
                {
                    report($"Starting the {agent.Kind} agent as host {hostName}");
                    running = await AgentHost.StartAsync(agent, hostName, configuration, bus.Bus, shutdown.Token);
                }, shutdown.Token))
            {
                return 0;
            }

            await using (running!)
            {
                Console.WriteLine($"SharpStack agent {agent.Kind} is running as host {hostName}");
                await shutdown.WaitAsync(running!.Stopping);
                if (!shutdown.Token.IsCancellationRequested)
                {
                    throw new OperatorException($"The {agent.Kind} agent stopped on its own; see the log above for its error.");
                }
            }

            return 0;
        }));
        return command;
    }
}
