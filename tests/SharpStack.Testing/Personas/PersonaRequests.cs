using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SharpStack.Testing.Personas;

/// <summary>Requests sent as a persona (its real token in <c>X-Auth-Token</c>) and their JSON answers.</summary>
public static class PersonaRequests
{
    public static async Task<PersonaResponse> SendAsync(
        this HttpClient client, PersonaDirectory personas, Persona? persona, HttpMethod method, string path, string? json = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(personas);
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (persona is { } caller)
        {
            request.Headers.Add("X-Auth-Token", await personas.TokenAsync(caller));
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return new PersonaResponse(response.StatusCode, body, text, response.Headers);
    }
}
