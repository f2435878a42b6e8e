using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace SharpStack.Messaging.RabbitMq;

/// <summary>
/// One broker connection, opened on first use and retried until the broker answers; after that the
/// client's automatic recovery brings it (and its queues, bindings and consumers) back.
/// </summary>
internal sealed class RabbitMqConnection(RabbitMqEndpoint endpoint, MessagingOptions options, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConnectionFactory _factory = endpoint.CreateFactory(options);
    private readonly string _endpointName = endpoint.ToString();
    private IConnection? _connection;

    public TimeSpan RetryInterval { get; } = TimeSpan.FromSeconds(Math.Max(0.05, options.ReconnectInterval));

    public bool IsOpen => _connection?.IsOpen ?? false;

    public async Task<IConnection> GetAsync(CancellationToken ct)
    {
        if (_connection is { } connection)
        {
            return connection;
        }

        await _gate.WaitAsync(ct);
        try
        {
            while (_connection is null)
            {
                try
                {
                    _connection = await _factory.CreateConnectionAsync(ct);
                    _connection.ConnectionShutdownAsync += OnShutdownAsync;
                    _connection.RecoverySucceededAsync += OnRecoveredAsync;
                    MessagingLog.Connected(logger, _endpointName);
                }
                catch (BrokerUnreachableException exception)
                {
                    MessagingLog.ConnectFailed(logger, exception, _endpointName);
                    await Task.Delay(RetryInterval, ct);
                }
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.CloseAsync();
            await connection.DisposeAsync();
        }

        _gate.Dispose();
    }

    private Task OnShutdownAsync(object sender, ShutdownEventArgs args)
    {
        if (args.Initiator != ShutdownInitiator.Application)
        {
            MessagingLog.ConnectionLost(logger, args.ReplyText);
        }

        return Task.CompletedTask;
    }

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        MessagingLog.Reconnected(logger);
        return Task.CompletedTask;
    }
}
