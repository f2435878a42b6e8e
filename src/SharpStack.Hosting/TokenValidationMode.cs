namespace SharpStack.Hosting;

/// <summary>How a service checks the <c>X-Auth-Token</c> of its requests.</summary>
public enum TokenValidationMode
{
    /// <summary>Ask Identity over HTTP (keystonemiddleware's auth_token), caching answers for <c>token_cache_time</c>.</summary>
    Remote,

    /// <summary>Call the registered <see cref="Auth.ITokenValidator"/> (resolved per request) directly, without a cache: Identity's own tokens.</summary>
    Local,

    /// <summary>No token validation.</summary>
    None,
}
