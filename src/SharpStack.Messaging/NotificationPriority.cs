namespace SharpStack.Messaging;

/// <summary>The priorities oslo.messaging notifiers use, as they appear on the wire.</summary>
public static class NotificationPriority
{
    public const string Audit = "AUDIT";
    public const string Debug = "DEBUG";
    public const string Info = "INFO";
    public const string Warn = "WARN";
    public const string Error = "ERROR";
    public const string Critical = "CRITICAL";
    public const string Sample = "SAMPLE";
}
