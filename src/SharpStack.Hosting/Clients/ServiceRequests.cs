using System.Net.Http.Headers;
using SharpStack.Common.Auth;
using SharpStack.Hosting.RequestIds;
using SharpStack.Messaging;

namespace SharpStack.Hosting.Clients;

/// <summary>Builds one attempt's request with the headers every service call carries.</summary>
internal static class ServiceRequests
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    public static HttpRequestMessage Create(
        HttpMethod method, Uri uri, HttpContent? content, AuthContext serviceToken, ServiceCallOptions call, ServiceTarget target)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        var headers = request.Headers;
        headers.Accept.Add(Json);
        if (call.UserToken is null)
        {
            headers.TryAddWithoutValidation("X-Auth-Token", serviceToken.Token);
        }
        else
        {
            headers.TryAddWithoutValidation("X-Auth-Token", call.UserToken);
            headers.TryAddWithoutValidation("X-Service-Token", serviceToken.Token);
        }

        // oslo.context's global_id: the id the whole user request started with, else this work's own.
        if (MessageContext.Current is { } context)
        {
            headers.TryAddWithoutValidation(RequestIdMiddleware.Header, context.GlobalRequestId ?? context.RequestId);
        }

        if ((call.Microversion ?? target.Microversion) is { } microversion)
        {
            if (!MicroversionHeaders.IsValid(microversion))
            {
                request.Dispose();
                throw new ArgumentException($"'{microversion}' is not a microversion (X.Y or latest).", nameof(call));
            }

            MicroversionHeaders.Set(headers, target.ServiceType, microversion);
        }

        foreach (var (name, value) in call.Headers)
        {
            headers.Remove(name);
            headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
