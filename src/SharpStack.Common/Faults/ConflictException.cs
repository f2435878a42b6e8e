namespace SharpStack.Common.Faults;

/// <summary>HTTP 409: the request conflicts with the resource's state.</summary>
public sealed class ConflictException : OpenStackException
{
    public ConflictException(string message, string? faultType = null, Exception? innerException = null)
        : base(409, message, faultType, innerException)
    {
    }

    public ConflictException()
        : this(FaultDefaults.Message(409))
    {
    }

    public ConflictException(string message)
        : this(message, null, null)
    {
    }

    public ConflictException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
