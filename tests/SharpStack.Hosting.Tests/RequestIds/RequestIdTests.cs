using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Requests;
using SharpStack.Hosting.Tests.Infrastructure;

namespace SharpStack.Hosting.Tests.RequestIds;

public sealed partial class RequestIdTests
{
    private static Task<TestApi> StartAsync() => TestApi.StartAsync(TestOptions.Compute(), app =>
    {
        app.MapGet("/ids", (IRequestContext context) => new { context.RequestId, context.GlobalRequestId });
        app.MapGet("/fail", (Func<string>)(() => throw new InvalidOperationException("secret detail")));
    });

    [Fact]
    public async Task Request_NoIncomingId_GeneratesReqUuidInBothHeaders()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/ids", UriKind.Relative));

        var id = response.Headers.GetValues("X-OpenStack-Request-Id").Single();
        Assert.Matches(RequestIdPattern(), id);
        Assert.Equal(id, response.Headers.GetValues("X-Compute-Request-Id").Single());
        Assert.Contains(id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ValidIncomingId_KeptAsGlobalIdAndLocalIdGenerated()
    {
        await using var api = await StartAsync();
        const string incoming = "req-11111111-2222-3333-4444-555555555555";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ids");
        request.Headers.Add("X-OpenStack-Request-Id", incoming);

        using var response = await api.Client.SendAsync(request);

        Assert.Contains($"\"global_request_id\":\"{incoming}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(incoming, response.Headers.GetValues("X-OpenStack-Request-Id").Single());
    }

    [Fact]
    public async Task Request_MalformedIncomingId_Ignored()
    {
        await using var api = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ids");
        request.Headers.Add("X-OpenStack-Request-Id", "req-not-a-uuid");

        using var response = await api.Client.SendAsync(request);

        Assert.Contains("\"global_request_id\":null", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Failing_StillCarriesRequestId()
    {
        await using var api = await StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/fail", UriKind.Relative));

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Matches(RequestIdPattern(), response.Headers.GetValues("X-OpenStack-Request-Id").Single());
    }

    [GeneratedRegex("^req-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex RequestIdPattern();
}
