using System.Diagnostics.CodeAnalysis;

namespace SharpStack.Messaging;

/// <summary>
/// The message bus between the parts of a service: one-way casts, calls with a reply, fanouts and
/// notifications. Every message carries <see cref="MessageContext.Current"/> (or a fresh one).
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "'to' reads naturally in C#; the bus has no Visual Basic callers.")]
public interface IMessageBus
{
    /// <summary>Sends a one-way message; returns once the transport has taken responsibility for it.</summary>
    Task CastAsync<T>(BusAddress to, T message, CancellationToken ct = default);

    /// <summary>Sends a request and waits for its reply; throws <see cref="MessagingTimeoutException"/> after <paramref name="timeout"/>.</summary>
    Task<TReply> CallAsync<TRequest, TReply>(BusAddress to, TRequest request, TimeSpan timeout, CancellationToken ct = default);

    /// <summary>Sends a one-way message to every server of a topic.</summary>
    Task FanoutAsync<T>(string topic, T message, CancellationToken ct = default);

    /// <summary>Publishes a notification to every subscriber.</summary>
    Task NotifyAsync(Notification notification, CancellationToken ct = default);

    /// <summary>Consumes <c>topic</c>, <c>topic.server</c> and the fanout of <c>topic</c> until the result is disposed.</summary>
    Task<IAsyncDisposable> ServeAsync(string topic, string server, IMessageDispatcher dispatcher, CancellationToken ct = default);

    /// <summary>
    /// Receives notifications until the result is disposed. Subscribers that share a name share one
    /// queue (each notification goes to one of them); every distinct name gets every notification.
    /// </summary>
    Task<IAsyncDisposable> SubscribeAsync(string subscriberName, Func<Notification, CancellationToken, Task> handler, CancellationToken ct = default);
}
