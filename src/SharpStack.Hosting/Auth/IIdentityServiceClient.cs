using System.Text.Json;

namespace SharpStack.Hosting.Auth;

/// <summary>Reads Identity's API as this service, authenticated by the service user of <c>[keystone_authtoken]</c> (as oslo.limit and nova's keystone clients do).</summary>
public interface IIdentityServiceClient
{
    /// <summary>
    /// <c>GET {auth_url}/{relativePath}</c> (e.g. <c>v3/registered_limits?service_id=…</c>) with this service's token, renewed once when refused.
    /// </summary>
    /// <exception cref="IdentityUnavailableException">Identity did not answer, or answered anything but 200.</exception>
    Task<JsonDocument> GetAsync(string relativePath, CancellationToken cancellationToken);
}
