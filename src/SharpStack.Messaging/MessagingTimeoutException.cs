namespace SharpStack.Messaging;

/// <summary>A call got no reply within its timeout.</summary>
public sealed class MessagingTimeoutException : TimeoutException
{
    public MessagingTimeoutException()
    {
    }

    public MessagingTimeoutException(string message)
        : base(message)
    {
    }

    public MessagingTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
