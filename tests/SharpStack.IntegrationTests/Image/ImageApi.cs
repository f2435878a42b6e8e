using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpStack.IntegrationTests.Image;

/// <summary>The few Glance v2 calls the robustness tests make, over plain HTTP with an admin token from Identity.</summary>
public sealed class ImageApi(HttpClient http, Uri imageUrl, string token)
{
    public static async Task<ImageApi> ConnectAsync(Uri identityUrl, Uri imageUrl, string password)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var body = new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["identity"] = new JsonObject
                {
                    ["methods"] = new JsonArray("password"),
                    ["password"] = new JsonObject
                    {
                        ["user"] = new JsonObject { ["name"] = "admin", ["domain"] = new JsonObject { ["id"] = "default" }, ["password"] = password },
                    },
                },
                ["scope"] = new JsonObject { ["project"] = new JsonObject { ["name"] = "admin", ["domain"] = new JsonObject { ["id"] = "default" } } },
            },
        };
        using var response = await http.PostAsJsonAsync(new Uri(identityUrl + "/auth/tokens?nocatalog"), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new ImageApi(http, imageUrl, response.Headers.GetValues("X-Subject-Token").Single());
    }

    public async Task<string> CreateAsync(string name)
    {
        using var request = Request(HttpMethod.Post, "v2/images");
        request.Content = JsonContent.Create(new JsonObject { ["name"] = name, ["disk_format"] = "raw", ["container_format"] = "bare" });
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /v2/images: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> ShowAsync(string id)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Get, $"v2/images/{id}"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /v2/images/{id}: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary><c>PUT /v2/images/{id}/file</c> with the stream's bytes and a Content-Length; returns the status.</summary>
    public async Task<HttpStatusCode> UploadAsync(string id, Stream data, CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Put, $"v2/images/{id}/file");
        request.Content = new StreamContent(data, 1 << 20);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Content.Headers.ContentLength = data.Length;
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary><c>GET /v2/images/{id}/file</c>, streamed through <paramref name="consume"/>; returns the response for its headers.</summary>
    public async Task<HttpResponseMessage> DownloadAsync(string id, Func<Stream, Task> consume)
    {
        var response = await http.SendAsync(Request(HttpMethod.Get, $"v2/images/{id}/file"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        await consume(body);
        return response;
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(imageUrl, path));
        request.Headers.Add("X-Auth-Token", token);
        return request;
    }
}
