using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.Faults;

public sealed class FaultMiddlewareTests
{
    private static Task<TestApi> StartAsync(ServiceFaultFormat format) => TestApi.StartAsync(TestOptions.Anonymous(format), app =>
    {
        app.MapGet("/missing", (Func<string>)(() => throw new NotFoundException("Network n could not be found.", "NetworkNotFound")));
        app.MapGet("/conflict", (Func<string>)(() => throw new ConflictException("Instance is locked.")));
        app.MapGet("/bug", (Func<string>)(() => throw new InvalidOperationException("secret detail")));
        app.MapGet("/empty404", () => Results.NotFound());
        app.MapPost("/only-post", () => "ok");
    });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(TestApi api, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await api.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Throw_NotFound_ComputeBody()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Compute);

        var (status, body) = await GetAsync(api, "/missing");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Network n could not be found.", body.GetProperty("itemNotFound").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Throw_NotFound_NeutronBodyWithType()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Network);

        var (_, body) = await GetAsync(api, "/missing");

        Assert.Equal("NetworkNotFound", body.GetProperty("NeutronError").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Throw_Conflict_KeystoneBody()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Identity);

        var (status, body) = await GetAsync(api, "/conflict");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Conflict", body.GetProperty("error").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Throw_Unexpected_500WithoutDetails()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Compute);

        var (status, body) = await GetAsync(api, "/bug");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var message = body.GetProperty("computeFault").GetProperty("message").GetString();
        Assert.DoesNotContain("secret detail", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-route")]
    [InlineData("/empty404")]
    public async Task BodilessNotFound_GetsServiceBody(string path)
    {
        await using var api = await StartAsync(ServiceFaultFormat.Compute);

        var (status, body) = await GetAsync(api, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("itemNotFound").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task WrongMethod_BadMethod()
    {
        await using var api = await StartAsync(ServiceFaultFormat.Compute);

        var (status, body) = await GetAsync(api, "/only-post");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.True(body.TryGetProperty("badMethod", out _));
    }

    [Fact]
    public async Task Throw_NotFound_SwiftHtml()
    {
        await using var api = await StartAsync(ServiceFaultFormat.ObjectStorage);

        using var response = await api.Client.GetAsync(new Uri("/no-such-route", UriKind.Relative));

        Assert.Equal("<html><h1>Not Found</h1><p>The resource could not be found.</p></html>", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
