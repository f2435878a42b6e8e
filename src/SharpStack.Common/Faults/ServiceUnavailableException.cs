namespace SharpStack.Common.Faults;

/// <summary>HTTP 503: a dependency is unavailable.</summary>
public sealed class ServiceUnavailableException : OpenStackException
{
    public ServiceUnavailableException(string message, string? faultType = null, Exception? innerException = null)
        : base(503, message, faultType, innerException)
    {
    }

    public ServiceUnavailableException()
        : this(FaultDefaults.Message(503))
    {
    }

    public ServiceUnavailableException(string message)
        : this(message, null, null)
    {
    }

    public ServiceUnavailableException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
