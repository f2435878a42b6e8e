using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Support;

/// <summary>Sends a request as a persona (with its real token) and reads the JSON answer.</summary>
internal static class ImageHttp
{
    public const string JsonPatch = "application/openstack-images-v2.1-json-patch";

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        this ImageServer server, HttpMethod method, string path, Persona? persona, string? json = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (persona is { } caller)
        {
            request.Headers.Add("X-Auth-Token", await server.TokenAsync(caller));
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 || text[0] is not ('{' or '[') ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body, response);
    }

    /// <summary>Creates an image as <paramref name="persona"/> from a JSON body and returns its id.</summary>
    public static async Task<string> CreateImageAsync(this ImageServer server, Persona persona, string json = """{"name": "test", "disk_format": "raw", "container_format": "bare"}""")
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Post, "/v2/images", persona, json);
        if (status != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating an image answered {(int)status}: {body}");
        }

        return body.GetProperty("id").GetString()!;
    }
}
