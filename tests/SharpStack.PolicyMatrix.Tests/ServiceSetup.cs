using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SharpStack.Testing.Personas;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>A service's REST API as one persona or another, for making targets; any answer but success is an error.</summary>
internal sealed class ServiceSetup(HttpClient client, PersonaDirectory personas)
{
    public PersonaDirectory Personas => personas;

    public HttpClient Client => client;

    public async Task<JsonNode?> SendAsync(Persona persona, HttpMethod method, string path, JsonNode? body = null) =>
        await SendAsync(persona, method, path, body?.ToJsonString(), "application/json");

    public async Task<JsonNode?> SendAsync(Persona persona, HttpMethod method, string path, string? content, string contentType, params (string Name, string Value)[] headers) =>
        await SendAsync(await personas.TokenAsync(persona), persona.ToString(), method, path, content, contentType, headers);

    /// <summary>Sends with <paramref name="token"/>, any token (of a user that is no persona).</summary>
    public async Task<JsonNode?> SendAsync(string token, string caller, HttpMethod method, string path, JsonNode? body = null) =>
        await SendAsync(token, caller, method, path, body?.ToJsonString(), "application/json");

    private async Task<JsonNode?> SendAsync(string token, string caller, HttpMethod method, string path, string? content, string contentType, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Add("X-Auth-Token", token);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{caller} got {(int)response.StatusCode} to {method} {path}: {text}");
        }

        return text.Length == 0 || text[0] is not ('{' or '[') ? null : JsonNode.Parse(text);
    }

    /// <summary>Sends until <paramref name="done"/> holds of the answer; the answer.</summary>
    public async Task<JsonNode> AwaitAsync(Persona persona, string path, Func<JsonNode, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var answer = await SendAsync(persona, HttpMethod.Get, path) ?? throw new InvalidOperationException($"{path} answered nothing.");
            if (done(answer))
            {
                return answer;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{path} did not reach the awaited state: {answer.ToJsonString()}");
            }

            await Task.Delay(50);
        }
    }
}
