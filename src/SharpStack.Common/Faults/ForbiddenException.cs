namespace SharpStack.Common.Faults;

/// <summary>HTTP 403: the caller may not do this.</summary>
public sealed class ForbiddenException : OpenStackException
{
    public ForbiddenException(string message, string? faultType = null, Exception? innerException = null)
        : base(403, message, faultType, innerException)
    {
    }

    public ForbiddenException()
        : this(FaultDefaults.Message(403))
    {
    }

    public ForbiddenException(string message)
        : this(message, null, null)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
