namespace SharpStack.Common.Faults;

/// <summary>What went wrong, before a service's format turns it into a body.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Message">The human-readable explanation.</param>
/// <param name="Type">A service-specific error name, or null for the format's default.</param>
public sealed record Fault(int StatusCode, string Message, string? Type = null)
{
    public bool HasGenericMessage => string.IsNullOrEmpty(Message) || Message == FaultDefaults.Message(StatusCode);

    public static Fault From(OpenStackException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new Fault(exception.StatusCode, exception.Message, exception.FaultType);
    }
}
