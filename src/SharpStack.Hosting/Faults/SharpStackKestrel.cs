using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Hosting.Faults;

/// <summary>
/// How every service's Kestrel listens: the request limits below, and the service's OpenStack fault body on the
/// responses Kestrel writes itself when it rejects a request before SharpStack's code runs (bad framing or header
/// bytes → 400, request line too long → 414, headers too large → 431, headers or body too slow → 408).
/// </summary>
/// <remarks>
/// Limits: request line 8 KiB and all headers together 32 KiB (eventlet, which serves Keystone and Glance, also stops a
/// request line at 8 KiB), at most 100 headers; these are Kestrel's defaults, set here so that they stay ours. Kestrel's
/// other defaults are kept: 30 s for the headers to arrive, a body at least 240 bytes/s after a 5 s grace period,
/// keep-alive 130 s. Body sizes are per endpoint (<c>[api] max_request_body_size</c>).
/// </remarks>
public static class SharpStackKestrel
{
    /// <summary>The longest request line (method, target, version) accepted; longer ones answer 414.</summary>
    public const int MaxRequestLineSize = 8 * 1024;

    /// <summary>The largest total size of a request's headers; larger ones answer 431.</summary>
    public const int MaxRequestHeadersTotalSize = 32 * 1024;

    /// <summary>The most headers a request may carry; more answer 431.</summary>
    public const int MaxRequestHeaderCount = 100;

    /// <summary>Listens on <paramref name="address"/>:<paramref name="port"/> with SharpStack's limits and fault bodies.</summary>
    public static KestrelServerOptions ListenSharpStack(this KestrelServerOptions kestrel, IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        kestrel.Limits.MaxRequestLineSize = MaxRequestLineSize;
        kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalSize;
        kestrel.Limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
        kestrel.Listen(address, port, listen => listen.UseServerRejectionFaults());
        return kestrel;
    }

    /// <summary>Gives Kestrel's own error responses on this endpoint the fault body of the service registered in its host.</summary>
    public static ListenOptions UseServerRejectionFaults(this ListenOptions listen)
    {
        ArgumentNullException.ThrowIfNull(listen);
        listen.Use(next => async connection =>
        {
            var service = listen.ApplicationServices.GetService<ServiceApiOptions>();
            if (service is null)
            {
                await next(connection);
                return;
            }

            var transport = connection.Transport;
            connection.Transport = new RewrittenTransport(transport.Input, new ServerRejectionWriter(transport.Output, service));
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        });
        return listen;
    }

    private sealed record RewrittenTransport(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
