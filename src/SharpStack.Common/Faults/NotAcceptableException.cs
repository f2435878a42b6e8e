namespace SharpStack.Common.Faults;

/// <summary>HTTP 406: the requested representation or version is not available.</summary>
public sealed class NotAcceptableException : OpenStackException
{
    public NotAcceptableException(string message, string? faultType = null, Exception? innerException = null)
        : base(406, message, faultType, innerException)
    {
    }

    public NotAcceptableException()
        : this(FaultDefaults.Message(406))
    {
    }

    public NotAcceptableException(string message)
        : this(message, null, null)
    {
    }

    public NotAcceptableException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
