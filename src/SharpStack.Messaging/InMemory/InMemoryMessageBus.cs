using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Messaging.Wire;

namespace SharpStack.Messaging.InMemory;

/// <summary>
/// The bus of the all-in-one process. Messages still travel as JSON so that handlers see exactly what
/// the RabbitMQ transport would give them; queues outlive their servers as durable queues do.
/// </summary>
internal sealed class InMemoryMessageBus(IOptions<MessagingOptions> options, ILogger<InMemoryMessageBus> logger) : IMessageBus, IAsyncDisposable
{
    private const string ReplyQueue = "memory-reply";
    private readonly ConcurrentDictionary<string, Channel<byte[]>> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Channel<byte[]>>> _fanouts = new(StringComparer.Ordinal);
    private readonly ConsumerSet _consumers = new();
    private readonly PendingCalls _pending = new();
    private readonly DeliveryDeduplicator _deduplicator = new();
    private readonly int _concurrency = Math.Max(1, options.Value.ExecutorThreadPoolSize);

    public Task CastAsync<T>(BusAddress to, T message, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        Queue(to.ToString()).Writer.TryWrite(WireFormat.Serialize(MessageEnvelope.Create(message)));
        return Task.CompletedTask;
    }

    public Task<TReply> CallAsync<TRequest, TReply>(BusAddress to, TRequest request, TimeSpan timeout, CancellationToken ct = default)
    {
        var envelope = MessageEnvelope.Create(request, ReplyQueue, Guid.NewGuid().ToString());
        var reply = _pending.Register(envelope.CorrelationId!);
        Queue(to.ToString()).Writer.TryWrite(WireFormat.Serialize(envelope));
        return AwaitAsync();

        async Task<TReply> AwaitAsync()
        {
            try
            {
                return await PendingCalls.AwaitReplyAsync<TReply>(reply, to, envelope.Method, timeout, ct);
            }
            finally
            {
                _pending.Forget(envelope.CorrelationId!);
            }
        }
    }

    public Task FanoutAsync<T>(string topic, T message, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var body = WireFormat.Serialize(MessageEnvelope.Create(message));
        foreach (var channel in FanoutQueues(topic).Values)
        {
            channel.Writer.TryWrite(body);
        }

        return Task.CompletedTask;
    }

    public Task NotifyAsync(Notification notification, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ct.ThrowIfCancellationRequested();
        var body = WireFormat.Serialize(WireFormat.WithContext(notification));
        foreach (var (name, channel) in _queues)
        {
            if (name.StartsWith(InMemoryNames.NotificationPrefix, StringComparison.Ordinal))
            {
                channel.Writer.TryWrite(body);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IAsyncDisposable> ServeAsync(string topic, string server, IMessageDispatcher dispatcher, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var fanoutId = $"{topic}_fanout_{server}_{Guid.NewGuid():N}";
        var fanout = Channel.CreateUnbounded<byte[]>();
        FanoutQueues(topic)[fanoutId] = fanout;
        var dispatch = new ServerDispatch(dispatcher, _deduplicator, logger);
        var topicQueue = topic;
        var serverQueue = new BusAddress(topic, server).ToString();
        return Task.FromResult(Track(new InMemoryConsumer(
            [(topicQueue, Queue(topicQueue)), (serverQueue, Queue(serverQueue)), (fanoutId, fanout)],
            _concurrency,
            async (queue, body, token) =>
            {
                var reply = await dispatch.HandleAsync(queue, WireFormat.Deserialize<MessageEnvelope>(body), token);
                if (reply is not null)
                {
                    _pending.Complete(WireFormat.Deserialize<ReplyEnvelope>(WireFormat.Serialize(reply)));
                }
            },
            () => FanoutQueues(topic).TryRemove(fanoutId, out _))));
    }

    public Task<IAsyncDisposable> SubscribeAsync(string subscriberName, Func<Notification, CancellationToken, Task> handler, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var queue = InMemoryNames.NotificationPrefix + subscriberName;
        var delivery = new NotificationDelivery(subscriberName, handler, logger);
        return Task.FromResult(Track(new InMemoryConsumer(
            [(queue, Queue(queue))],
            _concurrency,
            (_, body, token) => delivery.DeliverAsync(WireFormat.Deserialize<Notification>(body), token))));
    }

    public async ValueTask DisposeAsync() => await _consumers.DisposeAllAsync();

    private IAsyncDisposable Track(InMemoryConsumer consumer) => _consumers.Add(consumer);

    private Channel<byte[]> Queue(string name) => _queues.GetOrAdd(name, _ => Channel.CreateUnbounded<byte[]>());

    private ConcurrentDictionary<string, Channel<byte[]>> FanoutQueues(string topic) =>
        _fanouts.GetOrAdd(topic, _ => new ConcurrentDictionary<string, Channel<byte[]>>(StringComparer.Ordinal));
}
