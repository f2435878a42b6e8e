using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Hosting;

/// <summary>Settings of a service's HTTP API, from the <c>[api]</c> section.</summary>
public sealed class HttpApiOptions
{
    public const string SectionName = "api";

    /// <summary>oslo.middleware's <c>max_request_body_size</c> default.</summary>
    public const long DefaultMaxRequestBodySize = 114688;

    [ConfigurationKeyName("public_endpoint")]
    [Description("Base URL clients use to reach this API (e.g. https://cloud.example.com:8774/). When unset, links are built from the request's scheme and host.")]
    public Uri? PublicEndpoint { get; set; }

    [ConfigurationKeyName("max_request_body_size")]
    [Description("Largest request body in bytes; larger requests get 413. Endpoints that stream data (image upload, objects) set their own limit.")]
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    [ConfigurationKeyName("enable_proxy_headers_parsing")]
    [Description("Deprecated: set [oslo_middleware] enable_proxy_headers_parsing, as OpenStack names it; read only when that section does not set it.")]
    public bool EnableProxyHeadersParsing { get; set; }

    [ConfigurationKeyName("max_limit")]
    [Description("Largest number of items a list call returns in one page.")]
    public int MaxLimit { get; set; } = 1000;
}
