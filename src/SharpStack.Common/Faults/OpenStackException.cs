namespace SharpStack.Common.Faults;

/// <summary>An error that the API turns into the service's OpenStack fault body with <see cref="StatusCode"/>.</summary>
public class OpenStackException : Exception
{
    public OpenStackException(int statusCode, string message, string? faultType = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        FaultType = faultType;
    }

    public OpenStackException()
        : this(500, "An unexpected error occurred.")
    {
    }

    public OpenStackException(string message)
        : this(500, message)
    {
    }

    public OpenStackException(string message, Exception innerException)
        : this(500, message, null, innerException)
    {
    }

    public int StatusCode { get; }

    /// <summary>A service-specific error name, e.g. Neutron's <c>NetworkNotFound</c>; null uses the format's default.</summary>
    public string? FaultType { get; }

    /// <summary>Extra response headers, e.g. <c>Retry-After</c>.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
