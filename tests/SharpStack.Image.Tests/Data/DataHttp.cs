using System.Net.Http.Headers;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Streams;

namespace SharpStack.Image.Tests.Data;

/// <summary>Uploads and downloads image data as a persona.</summary>
internal static class DataHttp
{
    public static Task<HttpResponseMessage> PutDataAsync(
        this ImageApiServer server, string path, ImagePersona persona, HttpContent content, string contentType = "application/octet-stream", string? store = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path.TrimStart('/'), UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Auth-Token", ImageApiServer.Token(persona));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (store is not null)
        {
            request.Headers.Add("X-Image-Meta-Store", store);
        }

        return server.Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> UploadAsync(this ImageApiServer server, string imageId, ImagePersona persona, byte[] data, bool chunked = false, string? store = null) =>
        server.PutDataAsync($"/v2/images/{imageId}/file", persona, chunked ? new StreamContent(new UnknownLengthStream(data)) : new ByteArrayContent(data), store: store);

    public static Task<HttpResponseMessage> DownloadAsync(this ImageApiServer server, string imageId, ImagePersona persona, string? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"v2/images/{imageId}/file", UriKind.Relative));
        request.Headers.Add("X-Auth-Token", ImageApiServer.Token(persona));
        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }

        return server.Client.SendAsync(request);
    }
}
