namespace SharpStack.Hosting;

/// <summary>Where a service's token validation asks who a token belongs to.</summary>
public enum TokenValidationMode
{
    /// <summary>Identity over HTTP, configured by <c>[keystone_authtoken]</c>.</summary>
    Remote,

    /// <summary>An <see cref="Auth.ITokenValidator"/> the service registers itself (Identity validates its own tokens).</summary>
    Local,
}
