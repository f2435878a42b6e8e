using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Hosting.RequestIds;

namespace SharpStack.Hosting.Faults;

/// <summary>Writes a fault in the service's format over whatever the response held so far.</summary>
internal sealed class FaultWriter(ServiceApiOptions options)
{
    public ServiceFaultFormat Format => options.FaultFormat;

    public async Task WriteAsync(HttpContext context, Fault fault, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = fault.StatusCode;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }

        var request = new FaultRequest(context.Request.Headers.Accept.ToString(), context.Features.Get<RequestContextFeature>()?.RequestId);
        var body = options.FaultFormat.Render(fault, request);
        response.ContentType = body.ContentType;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.WriteAsync(body.Content, context.RequestAborted);
        }
    }
}
