using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpStack.IntegrationTests.Quotas;

/// <summary>Plain HTTP calls to the running cloud: tokens from Identity, then JSON requests with <c>X-Auth-Token</c>.</summary>
internal sealed class CloudRest(HttpClient http)
{
    public async Task<string> TokenAsync(string user, string password, string project)
    {
        var body = new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject
                {
                    ["methods"] = new JsonArray("password"),
                    ["password"] = new JsonObject
                    {
                        ["user"] = new JsonObject { ["name"] = user, ["password"] = password, ["domain"] = new JsonObject { ["id"] = "default" } },
                    },
                },
                ["scope"] = new JsonObject
                {
                    ["project"] = new JsonObject { ["name"] = project, ["domain"] = new JsonObject { ["id"] = "default" } },
                },
            },
        };
        using var response = await http.PostAsync(new Uri("v3/auth/tokens?nocatalog", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.GetValues("X-Subject-Token").Single();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, Uri uri, string token, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : Json(body) };
        request.Headers.Add("X-Auth-Token", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Uploads <paramref name="bytes"/> with chunked transfer encoding (no declared size), as tempest and the SDK stream files.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PutChunkedAsync(Uri uri, string token, int bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new StreamContent(new MemoryStream(new byte[bytes])) };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("X-Auth-Token", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await ReadAsync(response));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
