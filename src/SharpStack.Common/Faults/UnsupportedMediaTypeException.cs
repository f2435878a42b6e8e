namespace SharpStack.Common.Faults;

/// <summary>HTTP 415: the request body's content type is not supported.</summary>
public sealed class UnsupportedMediaTypeException : OpenStackException
{
    public UnsupportedMediaTypeException(string message, string? faultType = null, Exception? innerException = null)
        : base(415, message, faultType, innerException)
    {
    }

    public UnsupportedMediaTypeException()
        : this(FaultDefaults.Message(415))
    {
    }

    public UnsupportedMediaTypeException(string message)
        : this(message, null, null)
    {
    }

    public UnsupportedMediaTypeException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
