using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SharpStack.Identity.Tests.Support;

/// <summary>Sends a request as a persona and reads the JSON answer.</summary>
internal static class IdentityHttp
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        this IdentityApiServer server, HttpMethod method, string path, Persona? persona, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (persona is { } caller)
        {
            request.Headers.Add("X-Auth-Token", ResourceApiServer.Token(caller));
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body, response);
    }

    public static string ErrorMessage(this JsonElement body) => body.GetProperty("error").GetProperty("message").GetString()!;

    public static string Id(this JsonElement body, string member) => body.GetProperty(member).GetProperty("id").GetString()!;

    public static IReadOnlyList<string> Names(this JsonElement body, string collection) =>
        [.. body.GetProperty(collection).EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];
}
