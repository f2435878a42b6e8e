using System.Net.Http.Headers;
using System.Text;
using SharpStack.Testing.Hardening;

namespace SharpStack.Robustness.Tests;

/// <summary>Sends hostile requests to one service over HttpClient (no redirects followed) or raw sockets.</summary>
public sealed class RobustSender(Uri baseUri, Uri proxyParsingUri) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout };

    public async Task<RobustResponse> SendAsync(RobustRequest request, string? token)
    {
        try
        {
            return request.Transport switch
            {
                RobustTransport.Client => await SendWithClientAsync(baseUri, request, token),
                RobustTransport.ProxyParsing => await SendWithClientAsync(proxyParsingUri, request, token),
                _ => await SendRawAsync(request, token),
            };
        }
        catch (Exception error) when (error is HttpRequestException or IOException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            return new RobustResponse(0, null, "", $"{error.GetType().Name}: {error.Message}");
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<RobustResponse> SendRawAsync(RobustRequest request, string? token)
    {
        var response = await RawHttp.SendAsync(baseUri, RawRequests.Compose(request, token, baseUri), Timeout);
        return new RobustResponse(response.Status, response.Header("content-type"), response.Body);
    }

    private async Task<RobustResponse> SendWithClientAsync(Uri root, RobustRequest request, string? token)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(root.GetLeftPart(UriPartial.Authority) + request.Path));
        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        if (token is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Auth-Token", token);
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? "application/json");
        }

        using var response = await _client.SendAsync(message);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new RobustResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), Encoding.UTF8.GetString(bytes));
    }
}
