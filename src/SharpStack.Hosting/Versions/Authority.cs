using System.Net;
using System.Net.Sockets;

namespace SharpStack.Hosting.Versions;

/// <summary>Checks an RFC 3986 authority taken from a header: a DNS name, IPv4 address or bracketed IPv6 address, and an optional port.</summary>
internal static class Authority
{
    private const int MaxHostLength = 253;

    public static bool IsValid(string value)
    {
        string host;
        string? port = null;
        if (value.StartsWith('['))
        {
            var end = value.IndexOf(']', StringComparison.Ordinal);
            if (end < 0 || !IPAddress.TryParse(value.AsSpan(1, end - 1), out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            var rest = value[(end + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    return false;
                }

                port = rest[1..];
            }

            return port is null || IsPort(port);
        }

        var colon = value.LastIndexOf(':');
        (host, port) = colon < 0 ? (value, null) : (value[..colon], value[(colon + 1)..]);
        return IsRegName(host) && (port is null || IsPort(port));
    }

    private static bool IsRegName(string host) =>
        host.Length is > 0 and <= MaxHostLength && host[0] != '.' && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');

    private static bool IsPort(string port) =>
        port.Length is > 0 and <= 5 && port.All(char.IsAsciiDigit) && int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) <= ushort.MaxValue;
}
