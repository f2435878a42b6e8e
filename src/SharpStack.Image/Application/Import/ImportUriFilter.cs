using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace SharpStack.Image.Application.Import;

/// <summary>
/// Glance's validate_import_uri: the scheme, host and port of a web-download URI against [import_filtering_opts].
/// Numeric host spellings other than a plain IPv4 or IPv6 address (2130706433, 127.1, 0x7f000001) are refused.
/// </summary>
internal sealed class ImportUriFilter(IOptions<ImportFilteringOptions> options)
{
    public bool Allows(string? uri)
    {
        if (string.IsNullOrEmpty(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        var o = options.Value;
        if (!Passes(parsed.Scheme, List(o.AllowedSchemes), List(o.DisallowedSchemes)))
        {
            return false;
        }

        var host = NormalizeHost(HostOf(uri));
        if (host is null || !Passes(host, List(o.AllowedHosts), List(o.DisallowedHosts)))
        {
            return false;
        }

        var port = parsed.IsDefaultPort && !HasExplicitPort(uri) ? null : parsed.Port.ToString(CultureInfo.InvariantCulture);
        return port is null || Passes(port, List(o.AllowedPorts), List(o.DisallowedPorts));
    }

    private static bool Passes(string value, List<string> allowed, List<string> disallowed) =>
        allowed.Count > 0 ? allowed.Contains(value, StringComparer.OrdinalIgnoreCase) : !disallowed.Contains(value, StringComparer.OrdinalIgnoreCase);

    private static List<string> List(string value) =>
        [.. value.Trim().Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // System.Uri rewrites numeric hosts (127.1 becomes 127.0.0.1); Glance judges the host as written.
    private static string HostOf(string uri)
    {
        var rest = uri[(uri.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var authority = end < 0 ? rest : rest[..end];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        if (authority.StartsWith('['))
        {
            return authority[1..authority.IndexOf(']', StringComparison.Ordinal)];
        }

        var colon = authority.LastIndexOf(':');
        return (colon < 0 ? authority : authority[..colon]).ToLowerInvariant();
    }

    private static bool HasExplicitPort(string uri)
    {
        var rest = uri[(uri.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var authority = end < 0 ? rest : rest[..end];
        var closing = authority.LastIndexOf(']');
        return authority.LastIndexOf(':') > closing;
    }

    private static string? NormalizeHost(string host)
    {
        if (host.Length == 0)
        {
            return null;
        }

        if (IPAddress.TryParse(host, out var address) && (address.AddressFamily == AddressFamily.InterNetworkV6 || host.Count(c => c == '.') == 3)
            && (address.AddressFamily == AddressFamily.InterNetworkV6 || host.Split('.').All(part => part.Length > 0 && part.All(char.IsAsciiDigit))))
        {
            return address.ToString();
        }

        return host.All(c => char.IsAsciiDigit(c) || c == '.') || host.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? null : host;
    }
}
