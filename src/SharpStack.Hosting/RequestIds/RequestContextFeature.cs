using SharpStack.Common.Auth;
using SharpStack.Common.Microversions;
using SharpStack.Common.Requests;

namespace SharpStack.Hosting.RequestIds;

/// <summary>The request context as an HttpContext feature; the plumbing middlewares fill it in.</summary>
internal sealed class RequestContextFeature(string requestId, string? globalRequestId) : IRequestContext
{
    public string RequestId { get; } = requestId;

    public string? GlobalRequestId { get; } = globalRequestId;

    public AuthContext? Auth { get; set; }

    public Microversion? Microversion { get; set; }
}
