using System.Text.Json;

namespace SharpStack.Messaging.Wire;

internal static class WireFormat
{
    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, MessagingJson.Options);

    public static T Deserialize<T>(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize<T>(body, MessagingJson.Options) ?? throw new JsonException($"Empty {typeof(T).Name}.");

    public static Notification WithContext(Notification notification) =>
        notification.Context is null
            ? notification with { Context = MessageContext.Current ?? MessageContext.Anonymous() }
            : notification;
}
