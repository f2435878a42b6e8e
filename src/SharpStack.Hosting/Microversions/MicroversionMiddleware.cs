using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SharpStack.Common.Faults;
using SharpStack.Common.Microversions;
using SharpStack.Hosting.RequestIds;

namespace SharpStack.Hosting.Microversions;

/// <summary>Negotiates the request's microversion, echoes it in the new and legacy headers and adds <c>Vary</c>.</summary>
internal sealed class MicroversionMiddleware(RequestDelegate next, MicroversionOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<SkipMicroversionMetadata>() is not null)
        {
            return next(context);
        }

        var legacy = options.LegacyHeader is null ? null : context.Request.Headers[options.LegacyHeader].ToString();
        var version = MicroversionNegotiator.Negotiate(options, context.Request.Headers[MicroversionOptions.Header], legacy);
        context.Features.GetRequiredFeature<RequestContextFeature>().Microversion = version;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[MicroversionOptions.Header] = $"{options.ServiceType} {version}";
            if (options.LegacyHeader is not null)
            {
                headers[options.LegacyHeader] = version.ToString();
            }

            headers.Append("Vary", options.Vary);
            return Task.CompletedTask;
        });

        var range = endpoint?.Metadata.GetMetadata<MicroversionRangeMetadata>();
        if (range is not null && !range.Contains(version))
        {
            throw new NotFoundException();
        }

        return next(context);
    }
}
