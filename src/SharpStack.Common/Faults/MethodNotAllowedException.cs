namespace SharpStack.Common.Faults;

/// <summary>HTTP 405: the method is not allowed on this resource.</summary>
public sealed class MethodNotAllowedException : OpenStackException
{
    public MethodNotAllowedException(string message, string? faultType = null, Exception? innerException = null)
        : base(405, message, faultType, innerException)
    {
    }

    public MethodNotAllowedException()
        : this(FaultDefaults.Message(405))
    {
    }

    public MethodNotAllowedException(string message)
        : this(message, null, null)
    {
    }

    public MethodNotAllowedException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
