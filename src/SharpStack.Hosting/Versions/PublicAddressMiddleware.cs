using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;

namespace SharpStack.Hosting.Versions;

/// <summary>
/// Resolves the request's public base URL up front, so that a malformed Host or proxy header is a 400 before the
/// endpoint runs and building a link later, after a change is stored, cannot fail.
/// </summary>
internal sealed class PublicAddressMiddleware(RequestDelegate next, IOptions<HttpApiOptions> api, IOptions<ProxyHeadersOptions> proxy)
{
    public Task InvokeAsync(HttpContext context)
    {
        var (baseUri, error) = PublicAddress.Resolve(context, api.Value, proxy.Value.EnableProxyHeadersParsing);
        if (baseUri is null)
        {
            throw new BadRequestException(error ?? FaultDefaults.Message(400));
        }

        context.Features.Set(new PublicAddressFeature(baseUri));
        return next(context);
    }
}
