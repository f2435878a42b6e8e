namespace SharpStack.Image.Tests.Hardening;

/// <summary>The Image API honouring proxy headers, as <c>[oslo_middleware] enable_proxy_headers_parsing = true</c> asks.</summary>
public sealed class ProxyHeadersImageServer : ImageServer
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => [new("oslo_middleware:enable_proxy_headers_parsing", "true")];
}
