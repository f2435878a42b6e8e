using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using SharpStack.Messaging.Wire;

namespace SharpStack.Messaging.RabbitMq;

/// <summary>
/// The bus over RabbitMQ. Casts are persistent messages to durable queues, confirmed by the broker
/// before <see cref="CastAsync"/> returns; calls wait on an exclusive reply queue of this instance.
/// </summary>
internal sealed class RabbitMqMessageBus : IMessageBus, IAsyncDisposable
{
    private readonly MessagingOptions _options;
    private readonly ILogger _logger;
    private readonly RabbitMqConnection _connection;
    private readonly RabbitMqPublisher _publisher;
    private readonly RabbitMqNames _names;
    private readonly PendingCalls _pending = new();
    private readonly DeliveryDeduplicator _deduplicator = new();
    private readonly ConsumerSet _consumers = new();
    private readonly SemaphoreSlim _replyGate = new(1, 1);
    private string? _replyQueue;

    public RabbitMqMessageBus(IOptions<MessagingOptions> options, ILogger<RabbitMqMessageBus> logger)
    {
        _options = options.Value;
        _logger = logger;
        _connection = new RabbitMqConnection(RabbitMqEndpoint.Parse(new Uri(_options.TransportUrl)), _options, logger);
        _publisher = new RabbitMqPublisher(_connection, logger);
        _names = new RabbitMqNames(_options.ControlExchange);
    }

    private ushort Concurrency => (ushort)Math.Clamp(_options.ExecutorThreadPoolSize, 1, 1024);

    public async Task CastAsync<T>(BusAddress to, T message, CancellationToken ct = default)
    {
        var envelope = MessageEnvelope.Create(message);
        await EnsureControlExchangeAsync(ct);
        await EnsureQueueAsync(new QueueBinding(to.Topic, _names.ControlExchange, to.Topic), ct);
        if (to.Server is not null)
        {
            await EnsureQueueAsync(new QueueBinding(to.ToString(), _names.ControlExchange, to.ToString()), ct);
        }

        await _publisher.PublishAsync(_names.ControlExchange, to.ToString(), Properties(envelope, persistent: true), WireFormat.Serialize(envelope), ct);
    }

    public async Task<TReply> CallAsync<TRequest, TReply>(BusAddress to, TRequest request, TimeSpan timeout, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var envelope = MessageEnvelope.Create(request, replyTo: null, Guid.NewGuid().ToString());
        try
        {
            envelope = envelope with { ReplyTo = await EnsureReplyQueueAsync(deadline.Token) };
            var reply = _pending.Register(envelope.CorrelationId!);
            await EnsureControlExchangeAsync(deadline.Token);
            var properties = Properties(envelope, persistent: false);
            properties.Expiration = ((long)Math.Ceiling(timeout.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await _publisher.PublishAsync(_names.ControlExchange, to.ToString(), properties, WireFormat.Serialize(envelope), deadline.Token);
            return (await reply.WaitAsync(deadline.Token)).Unwrap<TReply>();
        }
        catch (OperationCanceledException exception) when (!ct.IsCancellationRequested)
        {
            throw new MessagingTimeoutException($"No reply to {envelope.Method} from {to} within {timeout.TotalSeconds:0.###} s.", exception);
        }
        finally
        {
            _pending.Forget(envelope.CorrelationId!);
        }
    }

    public async Task FanoutAsync<T>(string topic, T message, CancellationToken ct = default)
    {
        var envelope = MessageEnvelope.Create(message);
        await EnsureFanoutExchangeAsync(topic, ct);
        await _publisher.PublishAsync(RabbitMqNames.Fanout(topic), "", Properties(envelope, persistent: false), WireFormat.Serialize(envelope), ct);
    }

    public async Task NotifyAsync(Notification notification, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var sent = WireFormat.WithContext(notification);
        await EnsureNotificationExchangeAsync(ct);
        var properties = new BasicProperties
        {
            MessageId = sent.MessageId,
            ContentType = "application/json",
            Persistent = true,
            Type = sent.EventType,
        };
        await _publisher.PublishAsync(_names.NotificationExchange, RabbitMqNames.NotificationRoutingKey(sent.Priority), properties, WireFormat.Serialize(sent), ct);
    }

    public async Task<IAsyncDisposable> ServeAsync(string topic, string server, IMessageDispatcher dispatcher, CancellationToken ct = default)
    {
        await EnsureControlExchangeAsync(ct);
        await EnsureFanoutExchangeAsync(topic, ct);
        var serverKey = new BusAddress(topic, server).ToString();
        var dispatch = new ServerDispatch(dispatcher, _deduplicator, _logger);
        return await StartConsumerAsync(
            [
                new QueueBinding(topic, _names.ControlExchange, topic),
                new QueueBinding(serverKey, _names.ControlExchange, serverKey),
                new QueueBinding(RabbitMqNames.FanoutQueue(topic, server), RabbitMqNames.Fanout(topic), "", Exclusive: true),
            ],
            async (queue, body, token) =>
            {
                var envelope = WireFormat.Deserialize<MessageEnvelope>(body.Span);
                if (await dispatch.HandleAsync(queue, envelope, token) is { } reply)
                {
                    var properties = new BasicProperties { CorrelationId = reply.CorrelationId, ContentType = "application/json" };
                    await _publisher.PublishAsync("", envelope.ReplyTo!, properties, WireFormat.Serialize(reply), token);
                }
            },
            ct);
    }

    public async Task<IAsyncDisposable> SubscribeAsync(string subscriberName, Func<Notification, CancellationToken, Task> handler, CancellationToken ct = default)
    {
        await EnsureNotificationExchangeAsync(ct);
        var queue = RabbitMqNames.NotificationQueue(subscriberName);
        var delivery = new NotificationDelivery(subscriberName, handler, _logger);
        return await StartConsumerAsync(
            [new QueueBinding(queue, _names.NotificationExchange, RabbitMqNames.AllNotifications)],
            async (_, body, token) =>
            {
                var notification = WireFormat.Deserialize<Notification>(body.Span);
                var key = $"{queue}/{notification.MessageId}";
                if (_deduplicator.TryBegin(key) is not null)
                {
                    return;
                }

                var delivered = false;
                try
                {
                    await delivery.DeliverAsync(notification, token);
                    delivered = true;
                }
                finally
                {
                    _deduplicator.End(key, delivered);
                }
            },
            ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _consumers.DisposeAllAsync();
        await _publisher.DisposeAsync();
        await _connection.DisposeAsync();
        _replyGate.Dispose();
    }

    private async Task<IAsyncDisposable> StartConsumerAsync(
        IReadOnlyList<QueueBinding> queues,
        Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> handler,
        CancellationToken ct)
    {
        var consumer = await _connection.RetryAsync(
            async token => await RabbitMqConsumer.StartAsync(await _connection.GetAsync(token), queues, Concurrency, handler, _logger, token),
            exception => MessagingLog.ConsumerRetry(_logger, exception, queues[0].Queue),
            ct);
        return _consumers.Add(consumer);
    }

    private async Task<string> EnsureReplyQueueAsync(CancellationToken ct)
    {
        if (_replyQueue is { } ready)
        {
            return ready;
        }

        await _replyGate.WaitAsync(ct);
        try
        {
            if (_replyQueue is null)
            {
                var queue = RabbitMqNames.ReplyQueue();
                await StartConsumerAsync(
                    [new QueueBinding(queue, "", queue, Exclusive: true)],
                    (_, body, _) =>
                    {
                        _pending.Complete(WireFormat.Deserialize<ReplyEnvelope>(body.Span));
                        return Task.CompletedTask;
                    },
                    ct);
                _replyQueue = queue;
            }

            return _replyQueue;
        }
        finally
        {
            _replyGate.Release();
        }
    }

    private Task EnsureControlExchangeAsync(CancellationToken ct) =>
        _publisher.EnsureAsync(
            $"exchange:{_names.ControlExchange}",
            (channel, token) => channel.ExchangeDeclareAsync(_names.ControlExchange, ExchangeType.Topic, durable: true, cancellationToken: token),
            ct);

    private Task EnsureNotificationExchangeAsync(CancellationToken ct) =>
        _publisher.EnsureAsync(
            $"exchange:{_names.NotificationExchange}",
            (channel, token) => channel.ExchangeDeclareAsync(_names.NotificationExchange, ExchangeType.Topic, durable: true, cancellationToken: token),
            ct);

    private Task EnsureFanoutExchangeAsync(string topic, CancellationToken ct) =>
        _publisher.EnsureAsync(
            $"exchange:{RabbitMqNames.Fanout(topic)}",
            (channel, token) => channel.ExchangeDeclareAsync(RabbitMqNames.Fanout(topic), ExchangeType.Fanout, durable: true, cancellationToken: token),
            ct);

    private Task EnsureQueueAsync(QueueBinding binding, CancellationToken ct) =>
        _publisher.EnsureAsync(
            $"queue:{binding.Queue}",
            async (channel, token) =>
            {
                await channel.QueueDeclareAsync(binding.Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: token);
                await channel.QueueBindAsync(binding.Queue, binding.Exchange, binding.RoutingKey, cancellationToken: token);
            },
            ct);

    private static BasicProperties Properties(MessageEnvelope envelope, bool persistent) => new()
    {
        MessageId = envelope.MessageId,
        CorrelationId = envelope.CorrelationId,
        ReplyTo = envelope.ReplyTo,
        ContentType = "application/json",
        Type = envelope.Method,
        Persistent = persistent,
    };
}
