using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Requests;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Microversions;

public sealed class MicroversionTests
{
    private static Task<TestApi> StartAsync() => TestApi.StartAsync(TestOptions.Compute(), app =>
    {
        app.MapGet("/v2.1/servers", (IRequestContext context) => context.Microversion.ToString());
        app.MapGet("/v2.1/new-thing", () => "new").WithMicroversions("2.50");
        app.MapGet("/", () => "versions").AsVersionDiscovery();
    });

    private static async Task<HttpResponseMessage> SendAsync(TestApi api, string path, string? header = null, string? legacy = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (header is not null)
        {
            request.Headers.Add("OpenStack-API-Version", header);
        }

        if (legacy is not null)
        {
            request.Headers.Add("X-OpenStack-Nova-API-Version", legacy);
        }

        return await api.Client.SendAsync(request);
    }

    [Fact]
    public async Task Request_NoHeader_MinimumEchoedInBothHeadersWithVary()
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/v2.1/servers");

        Assert.Equal("2.1", await response.Content.ReadAsStringAsync());
        Assert.Equal("compute 2.1", response.Headers.GetValues("OpenStack-API-Version").Single());
        Assert.Equal("2.1", response.Headers.GetValues("X-OpenStack-Nova-API-Version").Single());
        Assert.Equal(["OpenStack-API-Version", "X-OpenStack-Nova-API-Version"], response.Headers.Vary);
    }

    [Fact]
    public async Task Request_Latest_Maximum()
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/v2.1/servers", "compute latest");

        Assert.Equal("compute 2.95", response.Headers.GetValues("OpenStack-API-Version").Single());
    }

    [Fact]
    public async Task Request_LegacyHeaderOnly_Honoured()
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/v2.1/servers", legacy: "2.61");

        Assert.Equal("2.61", await response.Content.ReadAsStringAsync());
        Assert.Equal("compute 2.61", response.Headers.GetValues("OpenStack-API-Version").Single());
    }

    [Fact]
    public async Task Request_OutOfRange_406WithRange()
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/v2.1/servers", "compute 3.0");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("Version 3.0 is not supported by the API. Minimum is 2.1 and maximum is 2.95.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Malformed_400()
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/v2.1/servers", legacy: "two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("badRequest", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compute 2.49", HttpStatusCode.NotFound)]
    [InlineData("compute 2.50", HttpStatusCode.OK)]
    public async Task Request_EndpointWithMinimum_404Below(string header, HttpStatusCode expected)
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/v2.1/new-thing", header);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Request_VersionDiscovery_IgnoresHeaders()
    {
        await using var api = await StartAsync();

        using var response = await SendAsync(api, "/", "compute 9.9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("OpenStack-API-Version"));
    }
}
