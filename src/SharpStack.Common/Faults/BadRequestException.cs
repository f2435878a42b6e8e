namespace SharpStack.Common.Faults;

/// <summary>HTTP 400: the request is malformed or invalid.</summary>
public sealed class BadRequestException : OpenStackException
{
    public BadRequestException(string message, string? faultType = null, Exception? innerException = null)
        : base(400, message, faultType, innerException)
    {
    }

    public BadRequestException()
        : this(FaultDefaults.Message(400))
    {
    }

    public BadRequestException(string message)
        : this(message, null, null)
    {
    }

    public BadRequestException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
