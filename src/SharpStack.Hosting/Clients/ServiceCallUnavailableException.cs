using SharpStack.Common.Faults;

namespace SharpStack.Hosting.Clients;

/// <summary>Another service could not be reached (timeout, connection failures, no endpoint, no service token); unhandled, it answers 503.</summary>
public sealed class ServiceCallUnavailableException : OpenStackException
{
    public ServiceCallUnavailableException(string serviceType, ServiceCallFailure failure, Exception? innerException = null)
        : base(503, Describe(serviceType, failure), null, innerException)
    {
        ServiceType = serviceType;
        Failure = failure;
    }

    public ServiceCallUnavailableException()
        : this("unknown", ServiceCallFailure.ConnectionFailed)
    {
    }

    public ServiceCallUnavailableException(string message)
        : base(503, message)
    {
        ServiceType = "unknown";
    }

    public ServiceCallUnavailableException(string message, Exception innerException)
        : base(503, message, null, innerException)
    {
        ServiceType = "unknown";
    }

    /// <summary>The catalog type of the service that was called.</summary>
    public string ServiceType { get; }

    /// <summary>Why no answer came.</summary>
    public ServiceCallFailure Failure { get; }

    // The message reaches end users in the 503 body: it names the service, never an internal URL.
    private static string Describe(string serviceType, ServiceCallFailure failure) => failure switch
    {
        ServiceCallFailure.Timeout => $"The {serviceType} service did not answer in time.",
        ServiceCallFailure.NoEndpoint => $"No {serviceType} endpoint is configured or listed in the service catalog.",
        ServiceCallFailure.NoServiceToken => $"Identity did not authenticate this service for calls to the {serviceType} service.",
        _ => $"The {serviceType} service is unreachable.",
    };
}
