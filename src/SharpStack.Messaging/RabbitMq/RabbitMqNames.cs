namespace SharpStack.Messaging.RabbitMq;

/// <summary>Exchange and queue names, after oslo.messaging's: one control exchange, a fanout exchange per topic.</summary>
internal sealed class RabbitMqNames(string controlExchange)
{
    public string ControlExchange => controlExchange;

    public string NotificationExchange => $"{controlExchange}_notifications";

    public static string Fanout(string topic) => $"{topic}_fanout";

    public static string FanoutQueue(string topic, string server) => $"{topic}_fanout_{server}_{Guid.NewGuid():N}";

    public static string ReplyQueue() => $"reply_{Guid.NewGuid():N}";

    public static string NotificationQueue(string subscriberName) => $"notifications.{subscriberName}";

    public static string NotificationRoutingKey(string priority) => $"notifications.{priority.ToLowerInvariant()}";

    public const string AllNotifications = "notifications.*";
}
