using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SharpStack.Composition;
using SharpStack.Data;
using SharpStack.Messaging;

namespace SharpStack.Tests.Composition.Echo;

/// <summary>The echo agent's one hosted service: serves its topic on the bus as its host, as a compute agent serves <c>compute.&lt;host&gt;</c>.</summary>
internal sealed class EchoAgentService(
    IMessageBus bus, AgentContext context, IOptions<EchoAgentOptions> options, EchoProbe probe, IServiceProvider services) : IHostedService
{
    private IAsyncDisposable? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hasDatabase = services.GetService<IDatabaseMigrator>() is not null;
        var dispatcher = new MessageDispatcher().On<EchoRequest, EchoReply>(
            (request, _, _) => Task.FromResult(new EchoReply(request.Text, context.Host, hasDatabase)));
        _server = await bus.ServeAsync(options.Value.Topic, context.Host, dispatcher, cancellationToken);
        probe.OnStarted(context.Host);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        probe.OnStopped();
    }
}
