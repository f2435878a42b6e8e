using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Faults;

namespace SharpStack.Hosting.Bodies;

/// <summary>
/// oslo.middleware's sizelimit: 413 when Content-Length says too much, and a read limit for chunked
/// bodies; endpoints that stream large data declare their own limit through <see cref="IRequestSizeLimitMetadata"/>.
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next, IOptions<HttpApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? options.Value.MaxRequestBodySize : metadata.MaxRequestBodySize;
        if (limit is not null && context.Request.ContentLength > limit)
        {
            throw new RequestEntityTooLargeException(FaultMiddleware.RequestEntityTooLargeMessage);
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
