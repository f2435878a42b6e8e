using Microsoft.Extensions.Logging;

namespace SharpStack.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Handler for {Method} failed (request {RequestId})")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string method, string requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Skipped redelivered {Method} message {MessageId} from {Queue}")]
    public static partial void DuplicateSkipped(ILogger logger, string method, string messageId, string queue);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Notification subscriber {Subscriber} failed on {EventType}")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string subscriber, string eventType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Dropped an unreadable message from {Queue}")]
    public static partial void UnreadableMessage(ILogger logger, Exception exception, string queue);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Connected to the message broker at {Endpoint}")]
    public static partial void Connected(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Cannot reach the message broker at {Endpoint}; retrying")]
    public static partial void ConnectFailed(ILogger logger, Exception exception, string endpoint);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Lost the connection to the message broker: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, string reason);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Reconnected to the message broker")]
    public static partial void Reconnected(ILogger logger);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "Publish to {Exchange}/{RoutingKey} failed; retrying")]
    public static partial void PublishRetry(ILogger logger, Exception exception, string exchange, string routingKey);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Could not start consuming {Queue}; retrying")]
    public static partial void ConsumerRetry(ILogger logger, Exception exception, string queue);

    [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "Could not acknowledge a delivery from {Queue}; it will be redelivered")]
    public static partial void AckFailed(ILogger logger, Exception exception, string queue);
}
