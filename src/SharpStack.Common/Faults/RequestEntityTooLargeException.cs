namespace SharpStack.Common.Faults;

/// <summary>HTTP 413: the request body is larger than allowed.</summary>
public sealed class RequestEntityTooLargeException : OpenStackException
{
    public RequestEntityTooLargeException(string message, string? faultType = null, Exception? innerException = null)
        : base(413, message, faultType, innerException)
    {
    }

    public RequestEntityTooLargeException()
        : this(FaultDefaults.Message(413))
    {
    }

    public RequestEntityTooLargeException(string message)
        : this(message, null, null)
    {
    }

    public RequestEntityTooLargeException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
