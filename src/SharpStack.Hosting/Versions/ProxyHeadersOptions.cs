using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Hosting.Versions;

/// <summary>
/// Whether links honour the headers a reverse proxy sets, from oslo.middleware's <c>[oslo_middleware]</c> section
/// (off by default, as there); <c>[api] enable_proxy_headers_parsing</c> is still read when this section does not set it.
/// </summary>
public sealed class ProxyHeadersOptions
{
    /// <summary>The configuration section these options are bound from, as oslo.middleware names it.</summary>
    public const string SectionName = "oslo_middleware";

    [ConfigurationKeyName("enable_proxy_headers_parsing")]
    [Description("Build links from the Forwarded (RFC 7239) or X-Forwarded-Proto and X-Forwarded-Host headers that a reverse proxy sets; a malformed one answers 400. Leave off when clients reach the API directly, since they could forge these headers.")]
    public bool EnableProxyHeadersParsing { get; set; }
}
