namespace SharpStack.Messaging.Wire;

/// <summary>An exception raised by a call's handler, as sent back to the caller.</summary>
internal sealed record RemoteFailure(string ExcType, string Message, string? StackTrace)
{
    public static RemoteFailure From(Exception exception) =>
        new(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.StackTrace);
}
