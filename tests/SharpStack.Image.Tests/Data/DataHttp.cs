using System.Net.Http.Headers;
using SharpStack.Testing.Personas;
using SharpStack.Testing.Streams;

namespace SharpStack.Image.Tests.Data;

/// <summary>Uploads and downloads image data as a persona.</summary>
internal static class DataHttp
{
    public static async Task<HttpResponseMessage> PutDataAsync(
        this ImageServer server, string path, Persona persona, HttpContent content, string contentType = "application/octet-stream", string? store = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path.TrimStart('/'), UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Auth-Token", await server.TokenAsync(persona));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (store is not null)
        {
            request.Headers.Add("X-Image-Meta-Store", store);
        }

        return await server.Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> UploadAsync(this ImageServer server, string imageId, Persona persona, byte[] data, bool chunked = false, string? store = null) =>
        server.PutDataAsync($"/v2/images/{imageId}/file", persona, chunked ? new StreamContent(new UnknownLengthStream(data)) : new ByteArrayContent(data), store: store);

    public static async Task<HttpResponseMessage> DownloadAsync(this ImageServer server, string imageId, Persona persona, string? range = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"v2/images/{imageId}/file", UriKind.Relative));
        request.Headers.Add("X-Auth-Token", await server.TokenAsync(persona));
        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }

        return await server.Client.SendAsync(request);
    }
}
