using SharpStack.Identity.Tests.Support;

namespace SharpStack.Identity.Tests.Hardening;

/// <summary>An Identity that honours proxy headers, as <c>[oslo_middleware] enable_proxy_headers_parsing = true</c> asks.</summary>
public sealed class ProxyHeadersIdentity : IdentityCloud
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("oslo_middleware:enable_proxy_headers_parsing", "true")];

    protected override bool HasPersonas => false;
}
