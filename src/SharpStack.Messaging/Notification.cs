using System.Text.Json;

namespace SharpStack.Messaging;

/// <summary>An oslo.messaging-style notification such as <c>compute.instance.create.end</c>.</summary>
public sealed record Notification
{
    public required string EventType { get; init; }

    public required string PublisherId { get; init; }

    public string Priority { get; init; } = NotificationPriority.Info;

    public JsonElement Payload { get; init; }

    public string MessageId { get; init; } = Guid.NewGuid().ToString();

    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The context it was sent in; the bus fills it from <see cref="MessageContext.Current"/> when null.</summary>
    public MessageContext? Context { get; init; }

    public static Notification Create<T>(string eventType, string publisherId, T payload, string priority = NotificationPriority.Info) =>
        new()
        {
            EventType = eventType,
            PublisherId = publisherId,
            Priority = priority,
            Payload = MessagingJson.ToElement(payload),
        };

    public T PayloadAs<T>() => MessagingJson.FromElement<T>(Payload);
}
