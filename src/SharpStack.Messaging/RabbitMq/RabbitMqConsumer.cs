using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace SharpStack.Messaging.RabbitMq;

/// <summary>
/// Consumes queues on a channel of its own with manual acks: a delivery is acknowledged only after its
/// handler returned, so one in progress when the broker or this process goes away is delivered again.
/// </summary>
internal sealed class RabbitMqConsumer : IAsyncDisposable
{
    private readonly IChannel _channel;
    private readonly Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> _handler;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly List<string> _consumerTags = [];
    private int _disposed;

    private RabbitMqConsumer(IChannel channel, Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> handler, ILogger logger)
    {
        _channel = channel;
        _handler = handler;
        _logger = logger;
    }

    public static async Task<RabbitMqConsumer> StartAsync(
        IConnection connection,
        IReadOnlyList<QueueBinding> queues,
        ushort concurrency,
        Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> handler,
        ILogger logger,
        CancellationToken ct)
    {
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: concurrency), ct);
        var consumer = new RabbitMqConsumer(channel, handler, logger);
        try
        {
            await channel.BasicQosAsync(0, (ushort)Math.Min(concurrency * 4, ushort.MaxValue), false, ct);
            foreach (var binding in queues)
            {
                await consumer.ConsumeAsync(binding, ct);
            }
        }
        catch
        {
            await consumer.DisposeAsync();
            throw;
        }

        return consumer;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var tag in _consumerTags)
        {
            await IgnoreBrokerErrorsAsync(() => _channel.BasicCancelAsync(tag));
        }

        await _stop.CancelAsync();
        await Task.WhenAll(_running.Keys);
        await IgnoreBrokerErrorsAsync(() => _channel.CloseAsync());
        await _channel.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ConsumeAsync(QueueBinding binding, CancellationToken ct)
    {
        await _channel.QueueDeclareAsync(binding.Queue, binding.Durable, binding.Exclusive, autoDelete: binding.Exclusive, cancellationToken: ct);
        if (binding.Exchange.Length > 0)
        {
            await _channel.QueueBindAsync(binding.Queue, binding.Exchange, binding.RoutingKey, cancellationToken: ct);
        }

        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) => TrackAsync(binding.Queue, delivery);
        _consumerTags.Add(await _channel.BasicConsumeAsync(binding.Queue, autoAck: false, consumer, ct));
    }

    private async Task TrackAsync(string queue, BasicDeliverEventArgs delivery)
    {
        var handling = HandleAsync(queue, delivery);
        _running[handling] = 0;
        await handling;
        _running.TryRemove(handling, out _);
    }

    private async Task HandleAsync(string queue, BasicDeliverEventArgs delivery)
    {
        try
        {
            await _handler(queue, delivery.Body, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // A message nobody can read would come back forever: log it and let it go.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            MessagingLog.UnreadableMessage(_logger, exception, queue);
        }

        try
        {
            await _channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        }
#pragma warning disable CA1031 // The broker is gone: it will deliver the message again, and the deduplicator will skip it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            MessagingLog.AckFailed(_logger, exception, queue);
        }
    }

    private static async Task IgnoreBrokerErrorsAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
#pragma warning disable CA1031 // Best effort while stopping: the channel may already be closed.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
