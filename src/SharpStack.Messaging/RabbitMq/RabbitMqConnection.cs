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
    private readonly CancellationTokenSource _disposing = new();
    private IConnection? _connection;

    public TimeSpan RetryInterval { get; } = TimeSpan.FromSeconds(Math.Max(0.05, options.ReconnectInterval));

    public bool IsOpen => _connection?.IsOpen ?? false;

    /// <summary>Cancelled when the bus shuts down, so that nothing keeps retrying for a broker that is gone.</summary>
    public CancellationToken Disposing => _disposing.Token;

    /// <summary>Retries <paramref name="action"/> until it succeeds, the caller cancels or the bus is disposed.</summary>
    public async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> action, Action<Exception> onRetry, CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _disposing.Token);
        while (true)
        {
            try
            {
                return await action(linked.Token);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Anything but cancellation is retried: the broker may be restarting.
            catch (Exception exception) when (!IsPermanent(exception))
#pragma warning restore CA1031
            {
                onRetry(exception);
                await Task.Delay(RetryInterval / 4, linked.Token);
            }
        }
    }

    public async Task<IConnection> GetAsync(CancellationToken ct)
    {
        if (_connection is { } connection)
        {
            return connection;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _disposing.Token);
        ct = linked.Token;
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
        await _disposing.CancelAsync();
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.CloseAsync();
            await connection.DisposeAsync();
        }

        _gate.Dispose();
        _disposing.Dispose();
    }

    /// <summary>A channel error (access refused, not found, precondition failed) will fail the same way again.</summary>
    private static bool IsPermanent(Exception exception) =>
        exception is OperationInterruptedException { ShutdownReason.ReplyCode: 403 or 404 or 405 or 406 } and not AlreadyClosedException;

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
