using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Tests.Infrastructure;
using SharpStack.Messaging;

namespace SharpStack.Hosting.Tests.RequestIds;

public sealed class GlobalRequestIdTests
{
    private const string IncomingId = "req-6f1d2c3b-4a59-4e87-9c6d-5b4a3f2e1d0c";

    private static Task<TestApi> StartAsync(CapturingLoggerProvider? logs = null) => TestApi.StartAsync(
        TestOptions.Anonymous(ServiceFaultFormat.Compute),
        app =>
        {
            app.MapGet("/bus", () => new { MessageContext.Current?.RequestId, MessageContext.Current?.GlobalRequestId });
            app.MapGet("/missing", (Func<string>)(() => throw new NotFoundException()));
        },
        services: logs is null ? null : services => services.AddSingleton<ILoggerProvider>(logs));

    private static async Task<HttpResponseMessage> GetAsync(TestApi api, string path, string incomingId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-OpenStack-Request-Id", incomingId);
        return await api.Client.SendAsync(request);
    }

    [Fact]
    public async Task Request_ValidIncomingId_BusContextCarriesItAsGlobalId()
    {
        await using var api = await StartAsync();

        using var response = await GetAsync(api, "/bus", IncomingId);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(IncomingId, body.RootElement.GetProperty("global_request_id").GetString());
        Assert.Equal(response.Headers.GetValues("X-OpenStack-Request-Id").Single(), body.RootElement.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task Request_MalformedIncomingId_BusContextHasNoGlobalId()
    {
        await using var api = await StartAsync();

        using var response = await GetAsync(api, "/bus", "req-" + Guid.NewGuid().ToString("N"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("global_request_id").ValueKind);
    }

    [Fact]
    public async Task Request_ValidIncomingId_LogScopeCarriesBothIds()
    {
        using var logs = new CapturingLoggerProvider();
        await using var api = await StartAsync(logs);

        using var response = await GetAsync(api, "/missing", IncomingId);

        var fault = logs.Entries.Single(entry => entry.Message.StartsWith("Request failed with 404", StringComparison.Ordinal));
        Assert.Equal(IncomingId, fault.Scope["GlobalRequestId"]);
        Assert.Equal(response.Headers.GetValues("X-OpenStack-Request-Id").Single(), fault.Scope["RequestId"]);
    }
}
