namespace SharpStack.Common.Faults;

/// <summary>HTTP 401: authentication is missing or invalid.</summary>
public sealed class UnauthorizedException : OpenStackException
{
    public UnauthorizedException(string message, string? faultType = null, Exception? innerException = null)
        : base(401, message, faultType, innerException)
    {
    }

    public UnauthorizedException()
        : this(FaultDefaults.Message(401))
    {
    }

    public UnauthorizedException(string message)
        : this(message, null, null)
    {
    }

    public UnauthorizedException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
