using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SharpStack.Common.Auth;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Auth;

/// <summary>Validates a token with <c>GET /v3/auth/tokens</c>, authenticated by this service's own token (renewed once when Identity refuses it).</summary>
internal sealed class KeystoneTokenValidator(ServiceConnection connection, IOptions<KeystoneAuthTokenOptions> options) : ServiceClient(connection), ITokenValidator
{
    public async Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var call = ServiceCallOptions.AsService with { Headers = new Dictionary<string, string> { ["X-Subject-Token"] = token } };
        var path = options.Value.IncludeServiceCatalog ? "v3/auth/tokens" : "v3/auth/tokens?nocatalog";
        try
        {
            using var response = await SendAsync(HttpMethod.Get, path, null, call, cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    using (var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken))
                    {
                        return KeystoneTokenReader.Read(body.RootElement, token);
                    }

                case HttpStatusCode.NotFound:
                    return null;
                default:
                    throw new IdentityUnavailableException($"Identity answered {(int)response.StatusCode} to a token validation.");
            }
        }
        catch (Exception exception) when (exception is ServiceCallUnavailableException or JsonException or KeyNotFoundException or FormatException)
        {
            throw new IdentityUnavailableException("Failed to fetch token data from identity server", exception);
        }
    }
}
