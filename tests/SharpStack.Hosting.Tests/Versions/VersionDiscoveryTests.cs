using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Common.Versions;
using SharpStack.Hosting.Tests.Infrastructure;
using SharpStack.Hosting.Versions;

namespace SharpStack.Hosting.Tests.Versions;

public sealed class VersionDiscoveryTests
{
    private static Task<TestApi> StartAsync(Dictionary<string, string?>? configuration = null) => TestApi.StartAsync(
        TestOptions.Anonymous(ServiceFaultFormat.Identity),
        app => app.MapGet("/", (HttpContext context) =>
            Results.Json(VersionDocuments.KeystoneList(VersionDocuments.Identity(context.GetPublicBaseUri())), statusCode: 300)).AsVersionDiscovery(),
        configuration);

    private static async Task<string?> SelfHrefAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("versions").GetProperty("values")[0].GetProperty("links")[0].GetProperty("href").GetString();
    }

    [Fact]
    public async Task Root_Direct_300WithRequestHost()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MultipleChoices, response.StatusCode);
        Assert.Equal($"{api.Client.BaseAddress}v3/", await SelfHrefAsync(response));
    }

    [Fact]
    public async Task Root_BehindProxy_UsesForwardedHeaders()
    {
        await using var api = await StartAsync(new() { ["oslo_middleware:enable_proxy_headers_parsing"] = "true" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "cloud.example.com");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal("https://cloud.example.com/v3/", await SelfHrefAsync(response));
    }

    [Fact]
    public async Task Root_PublicEndpointConfigured_UsesIt()
    {
        await using var api = await StartAsync(new() { ["api:public_endpoint"] = "https://id.example.com/identity" });

        using var response = await api.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("https://id.example.com/identity/v3/", await SelfHrefAsync(response));
    }
}
