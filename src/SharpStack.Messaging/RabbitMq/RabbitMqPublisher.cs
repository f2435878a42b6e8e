using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace SharpStack.Messaging.RabbitMq;

/// <summary>
/// Publishes with publisher confirms and keeps trying through a lost connection, so a publish that
/// returns is on the broker (on its disk, for persistent messages to durable queues).
/// </summary>
internal sealed class RabbitMqPublisher(RabbitMqConnection connection, ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, byte> _declared = new(StringComparer.Ordinal);
    private IChannel? _channel;

    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        await RetryAsync(
            async (channel, token) => await channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body, token),
            exchange,
            routingKey,
            ct);
    }

    /// <summary>Runs a declaration once per key on this publisher's channel (the client re-declares it after a reconnection).</summary>
    public async Task EnsureAsync(string key, Func<IChannel, CancellationToken, Task> declare, CancellationToken ct)
    {
        if (_declared.ContainsKey(key))
        {
            return;
        }

        await RetryAsync(declare, "declare", key, ct);
        _declared[key] = 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is { } channel)
        {
            _channel = null;
            await channel.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task RetryAsync(Func<IChannel, CancellationToken, Task> action, string exchange, string routingKey, CancellationToken ct) =>
        await connection.RetryAsync(
            async token =>
            {
                var channel = await GetChannelAsync(token);
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(token);
                attempt.CancelAfter(AttemptTimeout);
                try
                {
                    await action(channel, attempt.Token);
                }
                catch (OperationCanceledException exception) when (!token.IsCancellationRequested)
                {
                    throw new TimeoutException($"No confirm from the broker within {AttemptTimeout}.", exception);
                }

                return true;
            },
            exception => MessagingLog.PublishRetry(logger, exception, exchange, routingKey),
            ct);

    private async Task<IChannel> GetChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsClosed: false } open)
        {
            return open;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_channel is { IsClosed: true, CloseReason: { } reason } && IsChannelError(reason.ReplyCode))
            {
                await _channel.DisposeAsync();
                _channel = null;
            }

            if (_channel is null)
            {
                var amqp = await connection.GetAsync(ct);
                _channel = await amqp.CreateChannelAsync(
                    new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                    ct);
            }

            return _channel;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool IsChannelError(ushort replyCode) => replyCode is 403 or 404 or 405 or 406;
}
