using System.Net;

namespace SharpStack.Image.Application.Import;

/// <summary>Fetches web-download URIs. Redirects are not followed: the target would escape [import_filtering_opts].</summary>
internal sealed class WebDownloadClient : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Opens the body of <paramref name="uri"/>; throws <see cref="ImportFailedException"/> unless the answer is 2xx.</summary>
    public async Task<Stream> OpenAsync(string uri, CancellationToken ct)
    {
        var response = await _client.GetAsync(new Uri(uri), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new ImportFailedException($"web-download of {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        return await response.Content.ReadAsStreamAsync(ct);
    }

    public void Dispose() => _client.Dispose();
}
