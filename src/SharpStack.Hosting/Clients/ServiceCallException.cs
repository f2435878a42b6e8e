namespace SharpStack.Hosting.Clients;

/// <summary>Another service answered a call with an error status; its OpenStack fault body is read into <see cref="Code"/> and the message.</summary>
public sealed class ServiceCallException : Exception
{
    public ServiceCallException(string serviceType, int statusCode, string? code, string message, string? requestId)
        : base(message)
    {
        ServiceType = serviceType;
        StatusCode = statusCode;
        Code = code;
        RequestId = requestId;
    }

    public ServiceCallException()
        : this("unknown", 500, null, "The service call failed.", null)
    {
    }

    public ServiceCallException(string message)
        : this("unknown", 500, null, message, null)
    {
    }

    public ServiceCallException(string message, Exception innerException)
        : base(message, innerException)
    {
        ServiceType = "unknown";
        StatusCode = 500;
    }

    /// <summary>The catalog type of the service that answered, e.g. <c>placement</c>.</summary>
    public string ServiceType { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public int StatusCode { get; }

    /// <summary>The service's name for the error: Nova's fault key (<c>itemNotFound</c>), Neutron's <c>type</c>, Placement's <c>code</c>, or a title such as <c>Not Found</c>.</summary>
    public string? Code { get; }

    /// <summary>The answering service's <c>X-OpenStack-Request-Id</c> (or <c>X-Compute-Request-Id</c>, <c>X-Trans-Id</c>), for finding the call in its logs.</summary>
    public string? RequestId { get; }
}
