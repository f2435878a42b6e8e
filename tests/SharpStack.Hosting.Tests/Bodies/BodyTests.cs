using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Bodies;

public sealed class BodyTests
{
    public sealed record Server(string Name, int MinCount = 1);

    public sealed record CreateServer(Server Server);

    private static Task<TestApi> StartAsync() => TestApi.StartAsync(
        TestOptions.Compute(),
        app =>
        {
            app.MapPost("/servers", (JsonBody<CreateServer> body) => body.Value.Server.Name);
            app.MapPut("/upload", async (HttpRequest request) =>
            {
                using var sink = new MemoryStream();
                await request.Body.CopyToAsync(sink);
                return sink.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }).WithBodyLimit(null);
        },
        new Dictionary<string, string?> { ["api:max_request_body_size"] = "1024" });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_ValidJson_BindsSnakeCase()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/servers", UriKind.Relative), Json("""{"server": {"name": "vm", "min_count": 2}}"""));

        Assert.Equal("vm", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WrongType_400NamingField()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/servers", UriKind.Relative), Json("""{"server": {"name": 123}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Invalid input for field/attribute name. Value: 123. 123 is not of type 'string'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedJson_400()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/servers", UriKind.Relative), Json("{\"server\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Malformed request body", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongContentType_415()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/servers", UriKind.Relative), new StringContent("<x/>", Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_ContentLengthOverLimit_413InServiceFormat()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/servers", UriKind.Relative), Json(new string(' ', 2048) + "{}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("overLimit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedOverLimit_413()
    {
        await using var api = await StartAsync();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"server\": {\"name\": \"" + new string('x', 4096) + "\"}}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/servers") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("overLimit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_EndpointWithoutLimit_AcceptsLargeBody()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.PutAsync(new Uri("/upload", UriKind.Relative), new ByteArrayContent(new byte[1024 * 1024]));

        Assert.Equal("1048576", await response.Content.ReadAsStringAsync());
    }
}
