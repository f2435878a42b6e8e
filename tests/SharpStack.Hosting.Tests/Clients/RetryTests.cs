using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Hosting.Clients;

namespace SharpStack.Hosting.Tests.Clients;

public sealed class RetryTests
{
    private static ServiceProvider Client(CloudStub stub, FastClock clock, params (string Key, string? Value)[] settings) =>
        ClientHost.Create(ClientHost.Settings(stub, [("placement:endpoint_override", stub.At("placement")), .. settings]), time: clock);

    private static Task DropFirst(HttpContext context, int number, int dropped = 1)
    {
        if (number <= dropped)
        {
            context.Abort();
            return Task.CompletedTask;
        }

        return context.Response.WriteAsJsonAsync(new { method = context.Request.Method, path = context.Request.Path.ToString() });
    }

    [Fact]
    public async Task Get_FirstConnectionDropped_RetriedAfterBackoff()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, number) => DropFirst(context, number);
        var clock = new FastClock();
        await using var services = Client(stub, clock);

        var reply = await services.GetRequiredService<EchoClient>().GetAsync("traits");

        Assert.Equal("/placement/traits", reply.Path);
        Assert.Equal(2, stub.Received.Count);
        Assert.Equal([TimeSpan.FromSeconds(0.5)], clock.Delays);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task IdempotentWrite_FirstConnectionDropped_Retried(string method)
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, number) => DropFirst(context, number);
        await using var services = Client(stub, new FastClock());
        var client = services.GetRequiredService<EchoClient>();

        await (method == "PUT" ? client.SendAsync(HttpMethod.Put, "traits/CUSTOM_X") : client.RemoveAsync("traits/CUSTOM_X"));

        Assert.Equal([method, method], stub.Received.Select(request => request.Method));
    }

    [Fact]
    public async Task Get_EveryConnectionDropped_BacksOffExponentiallyThenUnavailable()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, number) => DropFirst(context, number, dropped: int.MaxValue);
        var clock = new FastClock();
        await using var services = Client(stub, clock, ("placement:connect_retries", "3"));

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(() => services.GetRequiredService<EchoClient>().GetAsync("traits"));

        Assert.Equal(ServiceCallFailure.ConnectionFailed, failure.Failure);
        Assert.Equal(4, stub.Received.Count);
        Assert.Equal([TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], clock.Delays);
    }

    [Fact]
    public async Task Get_ConnectRetryDelaySet_WaitsThatLongEachTime()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, number) => DropFirst(context, number, dropped: 2);
        var clock = new FastClock();
        await using var services = Client(stub, clock, ("placement:connect_retry_delay", "0.25"));

        await services.GetRequiredService<EchoClient>().GetAsync("traits");

        Assert.Equal([TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(0.25)], clock.Delays);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task NonIdempotent_ConnectionDropped_NeverRetried(string method)
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, number) => DropFirst(context, number);
        var clock = new FastClock();
        await using var services = Client(stub, clock);

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(
            () => services.GetRequiredService<EchoClient>().SendAsync(new HttpMethod(method), "allocations"));

        Assert.Equal(ServiceCallFailure.ConnectionFailed, failure.Failure);
        Assert.Single(stub.Received);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Get_ConnectionRefused_RetriedThenUnavailable()
    {
        await using var stub = await CloudStub.StartAsync();
        var clock = new FastClock();
        await using var services = ClientHost.Create(
            ClientHost.Settings(stub, ("placement:endpoint_override", $"http://127.0.0.1:{ClosedPort()}/"), ("placement:connect_retries", "2")),
            time: clock);

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(() => services.GetRequiredService<EchoClient>().GetAsync("traits"));

        Assert.Equal(ServiceCallFailure.ConnectionFailed, failure.Failure);
        Assert.Equal(2, clock.Delays.Count);
    }

    [Fact]
    public async Task Get_TargetSlowerThanTimeout_UnavailableWithoutRetry()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = SlowAfterFirst;
        await using var services = Client(stub, new FastClock(), ("placement:timeout", "0.5"));
        var client = services.GetRequiredService<EchoClient>();
        await client.GetAsync("warm-up", WithTimeout(TimeSpan.FromSeconds(30)));
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(() => client.GetAsync("traits"));

        Assert.Equal(ServiceCallFailure.Timeout, failure.Failure);
        Assert.Equal(2, stub.Received.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Get_PerCallTimeout_OverridesTheSections()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = SlowAfterFirst;
        await using var services = Client(stub, new FastClock());
        var client = services.GetRequiredService<EchoClient>();
        await client.GetAsync("warm-up");
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<ServiceCallUnavailableException>(() => client.GetAsync("traits", WithTimeout(TimeSpan.FromMilliseconds(300))));

        Assert.Equal(ServiceCallFailure.Timeout, failure.Failure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Get_StreamResponse_TimeoutCoversOnlyTheHeaders()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = async (context, number) =>
        {
            if (number == 1)
            {
                await context.Response.WriteAsJsonAsync(new { method = "GET", path = "/warm-up" });
                return;
            }

            await context.Response.StartAsync();
            await context.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await context.Response.WriteAsync("image bytes");
        };
        await using var services = Client(stub, new FastClock());
        var client = services.GetRequiredService<EchoClient>();
        await client.GetAsync("warm-up");

        using var response = await client.SendRawAsync(
            HttpMethod.Get, "v2/images/i1/file", WithTimeout(TimeSpan.FromMilliseconds(300)) with { StreamResponse = true });

        Assert.Equal("image bytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_503WithStatusCodeRetries_RetriedUntilAnswered()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, number) => number == 1 ? Unavailable(context) : context.Response.WriteAsJsonAsync(new { method = "GET", path = "/ok" });
        await using var services = Client(stub, new FastClock(), ("placement:status_code_retries", "1"));

        var reply = await services.GetRequiredService<EchoClient>().GetAsync("traits");

        Assert.Equal("/ok", reply.Path);
        Assert.Equal(2, stub.Received.Count);
    }

    [Fact]
    public async Task Post_503WithStatusCodeRetries_NotRetried()
    {
        await using var stub = await CloudStub.StartAsync();
        stub.OnRequest = (context, _) => Unavailable(context);
        await using var services = Client(stub, new FastClock(), ("placement:status_code_retries", "3"));

        var refused = await Assert.ThrowsAsync<ServiceCallException>(() => services.GetRequiredService<EchoClient>().SendAsync(HttpMethod.Post, "allocations"));

        Assert.Equal(503, refused.StatusCode);
        Assert.Single(stub.Received);
    }

    private static ServiceCallOptions WithTimeout(TimeSpan timeout) => ServiceCallOptions.AsService with { Timeout = timeout };

    private static Task SlowAfterFirst(HttpContext context, int number) => number == 1
        ? context.Response.WriteAsJsonAsync(new { method = "GET", path = "/warm-up" })
        : Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);

    private static Task Unavailable(HttpContext context)
    {
        context.Response.StatusCode = 503;
        return Task.CompletedTask;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
