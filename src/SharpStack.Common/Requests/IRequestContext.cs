using SharpStack.Common.Auth;
using SharpStack.Common.Microversions;

namespace SharpStack.Common.Requests;

/// <summary>What an API call knows about the request it serves: ids to log and forward, caller, microversion.</summary>
public interface IRequestContext
{
    /// <summary>This service's id for the request (<c>req-&lt;uuid&gt;</c>), echoed as <c>X-OpenStack-Request-Id</c>.</summary>
    string RequestId { get; }

    /// <summary>The caller's valid <c>X-OpenStack-Request-Id</c>, which ties calls across services together.</summary>
    string? GlobalRequestId { get; }

    /// <summary>The validated caller, or null for anonymous endpoints and Identity itself.</summary>
    AuthContext? Auth { get; }

    /// <summary>The negotiated microversion, or null when the service has none.</summary>
    Microversion? Microversion { get; }
}
