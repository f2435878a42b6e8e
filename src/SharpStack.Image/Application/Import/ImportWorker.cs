using Microsoft.Extensions.Hosting;
using SharpStack.Messaging;

namespace SharpStack.Image.Application.Import;

/// <summary>The Image service's consumer of import work: serves the import topic on the bus and runs each task it receives.</summary>
internal sealed class ImportWorker(IMessageBus bus, ImportTaskRunner runner) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private IAsyncDisposable? _serving;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dispatcher = new MessageDispatcher().On<ImportImageCommand>((command, _, _) => runner.RunAsync(command.TaskId, _stopping.Token));
        _serving = await bus.ServeAsync(ImportTopics.Topic, ImportTopics.ThisHost, dispatcher, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_serving is not null)
        {
            await _serving.DisposeAsync();
            _serving = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_serving is not null)
        {
            await _serving.DisposeAsync();
        }

        _stopping.Dispose();
    }
}
