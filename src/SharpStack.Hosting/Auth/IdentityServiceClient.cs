using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SharpStack.Hosting.Auth;

/// <summary>Sends reads to Identity with the token of <see cref="ServiceTokenProvider"/>.</summary>
internal sealed class IdentityServiceClient(
    IHttpClientFactory httpClients, ServiceTokenProvider serviceToken, IOptions<KeystoneAuthTokenOptions> options) : IIdentityServiceClient
{
    public async Task<JsonDocument> GetAsync(string relativePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.HttpConnectTimeout));
        var uri = new Uri(IdentityEndpoints.Root(options.Value) + "/" + relativePath.TrimStart('/'));
        try
        {
            using var response = await SendAsync(uri, forceRenew: false, timeout.Token);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                using var retried = await SendAsync(uri, forceRenew: true, timeout.Token);
                return await ReadAsync(retried, uri, timeout.Token);
            }

            return await ReadAsync(response, uri, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new IdentityUnavailableException($"Identity did not answer GET {uri.AbsolutePath}.", exception);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, bool forceRenew, CancellationToken cancellationToken)
    {
        var token = await serviceToken.GetTokenAsync(forceRenew, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-Auth-Token", token);
        request.Headers.Add("Accept", "application/json");
        return await httpClients.CreateClient(IdentityEndpoints.HttpClientName).SendAsync(request, cancellationToken);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, Uri uri, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new IdentityUnavailableException($"Identity answered {(int)response.StatusCode} to GET {uri.AbsolutePath}.");
        }

        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }
}
