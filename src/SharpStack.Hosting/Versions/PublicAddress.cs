using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace SharpStack.Hosting.Versions;

/// <summary>
/// Works out the base URL a client used, as oslo.middleware's HTTPProxyToWSGI does: the configured public endpoint, else
/// the request's scheme and Host, replaced by the first <c>Forwarded</c> element (or, without one, by
/// <c>X-Forwarded-Proto</c> / <c>X-Forwarded-Host</c>) when proxy headers are honoured.
/// </summary>
internal static class PublicAddress
{
    public static (Uri? BaseUri, string? Error) Resolve(HttpContext context, HttpApiOptions options, bool parseProxyHeaders)
    {
        if (options.PublicEndpoint is not null)
        {
            var configured = options.PublicEndpoint.AbsoluteUri;
            return (new Uri(configured.EndsWith('/') ? configured : configured + "/"), null);
        }

        var request = context.Request;
        var scheme = request.Scheme;
        var authority = request.Host.Value;
        var schemeSource = "request";
        var authoritySource = "Host";
        if (parseProxyHeaders)
        {
            var forwarded = request.Headers["Forwarded"];
            if (!StringValues.IsNullOrEmpty(forwarded))
            {
                if (!ForwardedHeader.TryParse(forwarded.ToString(), out var proto, out var host))
                {
                    return (null, "Invalid Forwarded header.");
                }

                (scheme, schemeSource) = proto is null ? (scheme, schemeSource) : (proto, "Forwarded");
                (authority, authoritySource) = host is null ? (authority, authoritySource) : (host, "Forwarded");
            }
            else
            {
                if (FirstValue(request.Headers["X-Forwarded-Proto"]) is { } proto)
                {
                    (scheme, schemeSource) = (proto, "X-Forwarded-Proto");
                }

                if (FirstValue(request.Headers["X-Forwarded-Host"]) is { } host)
                {
                    (authority, authoritySource) = (host, "X-Forwarded-Host");
                }
            }
        }

        if (!string.Equals(scheme, "http", StringComparison.OrdinalIgnoreCase) && !string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Invalid {schemeSource} scheme: only http and https are accepted.");
        }

        if (string.IsNullOrEmpty(authority))
        {
            authority = ListeningAuthority(context);
        }
        else if (!Authority.IsValid(authority))
        {
            return (null, $"Invalid {authoritySource} header.");
        }

        return Uri.TryCreate($"{scheme.ToLowerInvariant()}://{authority}{request.PathBase.ToUriComponent()}/", UriKind.Absolute, out var uri)
            ? (uri, null)
            : (null, $"Invalid {authoritySource} header.");
    }

    /// <summary>The address the request arrived at, for requests without a Host (HTTP/1.0).</summary>
    public static string ListeningAuthority(HttpContext context)
    {
        var address = context.Connection.LocalIpAddress;
        if (address is null)
        {
            return "localhost";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{new IPAddress(address.GetAddressBytes())}]" : address.ToString();
        return context.Connection.LocalPort > 0 ? host + ":" + context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture) : host;
    }

    private static string? FirstValue(StringValues header)
    {
        var value = header.ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Split(',', 2)[0].Trim();
    }
}
