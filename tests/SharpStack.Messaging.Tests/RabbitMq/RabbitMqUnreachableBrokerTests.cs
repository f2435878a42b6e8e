using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SharpStack.Messaging.RabbitMq;
using SharpStack.Messaging.Tests.Fakes;

namespace SharpStack.Messaging.Tests.RabbitMq;

/// <summary>Nothing listens on loopback port 1: the bus keeps trying, and callers get their timeout or cancellation.</summary>
public sealed class RabbitMqUnreachableBrokerTests
{
    [Fact]
    public async Task CallAsync_BrokerUnreachable_ThrowsTimeoutWithinTimeout()
    {
        await using var bus = Unreachable();
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<MessagingTimeoutException>(
            () => bus.CallAsync<Ping, Pong>(new BusAddress("compute"), new Ping(1), TimeSpan.FromSeconds(1)));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task CastAsync_BrokerUnreachable_WaitsUntilCancelled()
    {
        await using var bus = Unreachable();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => bus.CastAsync(new BusAddress("compute"), new Ping(1), cancel.Token));
    }

    private static RabbitMqMessageBus Unreachable() => new(
        Options.Create(new MessagingOptions { TransportUrl = "rabbit://guest:guest@127.0.0.1:1/", ReconnectInterval = 0.2 }),
        NullLogger<RabbitMqMessageBus>.Instance);
}
