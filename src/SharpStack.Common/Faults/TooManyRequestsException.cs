namespace SharpStack.Common.Faults;

/// <summary>HTTP 429: a rate or quota limit was hit.</summary>
public sealed class TooManyRequestsException : OpenStackException
{
    public TooManyRequestsException(string message, string? faultType = null, Exception? innerException = null)
        : base(429, message, faultType, innerException)
    {
    }

    public TooManyRequestsException()
        : this(FaultDefaults.Message(429))
    {
    }

    public TooManyRequestsException(string message)
        : this(message, null, null)
    {
    }

    public TooManyRequestsException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
