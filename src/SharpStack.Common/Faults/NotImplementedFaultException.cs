namespace SharpStack.Common.Faults;

/// <summary>HTTP 501: the operation is not implemented.</summary>
public sealed class NotImplementedFaultException : OpenStackException
{
    public NotImplementedFaultException(string message, string? faultType = null, Exception? innerException = null)
        : base(501, message, faultType, innerException)
    {
    }

    public NotImplementedFaultException()
        : this(FaultDefaults.Message(501))
    {
    }

    public NotImplementedFaultException(string message)
        : this(message, null, null)
    {
    }

    public NotImplementedFaultException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
