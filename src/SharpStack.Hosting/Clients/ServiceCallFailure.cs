namespace SharpStack.Hosting.Clients;

/// <summary>Why a service call got no usable answer.</summary>
public enum ServiceCallFailure
{
    /// <summary>The target did not answer within the timeout.</summary>
    Timeout,

    /// <summary>The connection failed or dropped before an answer, on every allowed attempt.</summary>
    ConnectionFailed,

    /// <summary>Neither <c>endpoint_override</c> nor the catalog names an endpoint for the target.</summary>
    NoEndpoint,

    /// <summary>Identity did not issue the service user's token.</summary>
    NoServiceToken,
}
