namespace SharpStack.Messaging.InMemory;

internal static class InMemoryNames
{
    public const string NotificationPrefix = "\u0000notifications.";
}
