namespace SharpStack.Common.Faults;

/// <summary>HTTP 404: the resource does not exist.</summary>
public sealed class NotFoundException : OpenStackException
{
    public NotFoundException(string message, string? faultType = null, Exception? innerException = null)
        : base(404, message, faultType, innerException)
    {
    }

    public NotFoundException()
        : this(FaultDefaults.Message(404))
    {
    }

    public NotFoundException(string message)
        : this(message, null, null)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }
}
