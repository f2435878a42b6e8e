using System.Text.Json;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Auth;

/// <summary>Reads Identity's API with the token of the <c>[keystone_authtoken]</c> service user.</summary>
internal sealed class IdentityServiceClient(ServiceConnection connection) : ServiceClient(connection), IIdentityServiceClient
{
    public async Task<JsonDocument> GetAsync(string relativePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        try
        {
            return await GetJsonDocumentAsync(relativePath, ServiceCallOptions.AsService, cancellationToken);
        }
        catch (ServiceCallException exception)
        {
            throw new IdentityUnavailableException($"Identity answered {exception.StatusCode} to GET /{relativePath.TrimStart('/')}.", exception);
        }
        catch (Exception exception) when (exception is ServiceCallUnavailableException or JsonException)
        {
            throw new IdentityUnavailableException($"Identity did not answer GET /{relativePath.TrimStart('/')}.", exception);
        }
    }
}
