using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SharpStack.Image.Tests.Support;
using SharpStack.Testing.Personas;

namespace SharpStack.Image.Tests.Hardening;

public sealed class ForwardedHeaderTests(ProxyHeadersImageServer server) : IClassFixture<ProxyHeadersImageServer>
{
    [Theory]
    [InlineData("[::1")]
    [InlineData("bad host:xx")]
    [InlineData("x:99999999")]
    public async Task CreateImage_MalformedForwardedHost_400AndNothingStored(string host)
    {
        var name = $"forwarded-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v2/images", UriKind.Relative))
        {
            Content = new StringContent($$"""{"name": "{{name}}", "disk_format": "raw", "container_format": "bare"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("X-Auth-Token", await server.TokenAsync(Persona.ProjectMember));
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", host);

        using var response = await server.Client.SendAsync(request);
        using var fault = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var (_, list, _) = await server.SendAsync(HttpMethod.Get, $"/v2/images?name={name}", Persona.ProjectMember);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400 Bad Request", fault.RootElement.GetProperty("code").GetString());
        Assert.Empty(list.GetProperty("images").EnumerateArray());
    }

    [Fact]
    public async Task CreateImage_WellFormedForwardedHost_LocationThroughTheProxy()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v2/images", UriKind.Relative))
        {
            Content = new StringContent("""{"name": "proxied", "disk_format": "raw", "container_format": "bare"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Auth-Token", await server.TokenAsync(Persona.ProjectMember));
        request.Headers.Add("X-Forwarded-Host", "glance.example.com:9292");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await server.Client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"https://glance.example.com:9292/v2/images/{body.RootElement.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
    }
}
