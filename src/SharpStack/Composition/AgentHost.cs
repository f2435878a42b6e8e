using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SharpStack.Messaging;

namespace SharpStack.Composition;

/// <summary>
/// One running agent: the hosted services of its kind in their own container, with the process's bus and
/// configuration and nothing else (no database, no data folder).
/// </summary>
internal sealed class AgentHost(IHost host, AgentContext context) : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    public AgentContext Context => context;

    /// <summary>Cancelled when the agent stops on its own, e.g. because one of its hosted services failed.</summary>
    public CancellationToken Stopping => host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    public static async Task<AgentHost> StartAsync(
        AgentDefinition agent, string hostName, IConfiguration configuration, IMessageBus bus, CancellationToken cancellationToken)
    {
        var context = new AgentContext(agent.Kind, hostName);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = $"sharpstack-agent-{agent.Kind}",
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(configuration);
        ServiceLogging.Configure(builder.Logging, configuration);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();

        // A registered instance is not disposed by the agent's container; the process disposes the bus once.
        builder.Services.AddSingleton(bus);
        builder.Services.AddSingleton(context);
        agent.AddServices(builder.Services, builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            await DisposeAsync(host);
            throw;
        }

        return new AgentHost(host, context);
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await host.StopAsync(timeout.Token);
        }

        await DisposeAsync(host);
    }

    private static async ValueTask DisposeAsync(IHost host)
    {
        if (host is IAsyncDisposable asynchronous)
        {
            await asynchronous.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
