using Microsoft.AspNetCore.Http;
using SharpStack.Common.Auth;
using SharpStack.Common.Microversions;
using SharpStack.Common.Requests;
using SharpStack.Hosting.RequestIds;

namespace SharpStack.Hosting;

/// <summary>Reads the plumbing's per-request state from an <see cref="HttpContext"/>.</summary>
public static class RequestContextExtensions
{
    /// <exception cref="InvalidOperationException">The pipeline has no <c>UseSharpStackApi()</c>.</exception>
    public static IRequestContext GetRequestContext(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<RequestContextFeature>()
            ?? throw new InvalidOperationException("No request context: call UseSharpStackApi() when building the pipeline.");
    }

    /// <summary>The validated caller; throws when the endpoint is anonymous.</summary>
    public static AuthContext GetAuth(this HttpContext context) =>
        context.GetRequestContext().Auth ?? throw new InvalidOperationException("The request was not authenticated.");

    /// <summary>The negotiated microversion; throws when the service declared none.</summary>
    public static Microversion GetMicroversion(this HttpContext context) =>
        context.GetRequestContext().Microversion ?? throw new InvalidOperationException("The service declares no microversions.");
}
