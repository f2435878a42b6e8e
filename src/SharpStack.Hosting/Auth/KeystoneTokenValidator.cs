using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SharpStack.Common.Auth;

namespace SharpStack.Hosting.Auth;

/// <summary>Validates a token with <c>GET /v3/auth/tokens</c>, authenticated by this service's own token.</summary>
internal sealed class KeystoneTokenValidator(
    IHttpClientFactory httpClients, ServiceTokenProvider serviceToken, IOptions<KeystoneAuthTokenOptions> options) : ITokenValidator
{
    public async Task<AuthContext?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.HttpConnectTimeout));
        try
        {
            var result = await TryValidateAsync(token, forceRenew: false, timeout.Token);
            return result.Status == HttpStatusCode.Unauthorized
                ? (await TryValidateAsync(token, forceRenew: true, timeout.Token)).Auth
                : result.Auth;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new IdentityUnavailableException("Failed to fetch token data from identity server", exception);
        }
    }

    private async Task<(HttpStatusCode Status, AuthContext? Auth)> TryValidateAsync(string token, bool forceRenew, CancellationToken cancellationToken)
    {
        var ownToken = await serviceToken.GetTokenAsync(forceRenew, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, IdentityEndpoints.Tokens(options.Value, options.Value.IncludeServiceCatalog));
        request.Headers.Add("X-Auth-Token", ownToken);
        request.Headers.Add("X-Subject-Token", token);
        using var response = await httpClients.CreateClient(IdentityEndpoints.HttpClientName).SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                using (var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken))
                {
                    return (response.StatusCode, KeystoneTokenReader.Read(body.RootElement, token));
                }

            case HttpStatusCode.NotFound:
                return (response.StatusCode, null);
            case HttpStatusCode.Unauthorized when !forceRenew:
                return (response.StatusCode, null);
            default:
                throw new IdentityUnavailableException($"Identity answered {(int)response.StatusCode} to a token validation.");
        }
    }
}
