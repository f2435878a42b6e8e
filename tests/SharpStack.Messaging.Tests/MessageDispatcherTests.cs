using SharpStack.Messaging.Tests.Fakes;

namespace SharpStack.Messaging.Tests;

public sealed class MessageDispatcherTests
{
    private static readonly MessageContext Context = MessageContext.Anonymous();

    [Fact]
    public async Task DispatchAsync_RequestHandler_ReturnsItsReply()
    {
        var dispatcher = new MessageDispatcher().On<Ping, Pong>((ping, _, _) => Task.FromResult(new Pong(ping.Number * 2, "x")));

        var reply = await dispatcher.DispatchAsync(nameof(Ping), MessagingJson.ToElement(new Ping(21)), Context, default);

        Assert.Equal(new Pong(42, "x"), reply);
    }

    [Fact]
    public async Task DispatchAsync_CommandHandler_ReturnsNull()
    {
        var seen = 0;
        var dispatcher = new MessageDispatcher().On<Ping>((ping, _, _) =>
        {
            seen = ping.Number;
            return Task.CompletedTask;
        });

        Assert.Null(await dispatcher.DispatchAsync(nameof(Ping), MessagingJson.ToElement(new Ping(3)), Context, default));
        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task DispatchAsync_UnknownMethod_ThrowsNotSupported()
    {
        var dispatcher = new MessageDispatcher();

        await Assert.ThrowsAsync<NotSupportedException>(
            () => dispatcher.DispatchAsync("Nope", MessagingJson.ToElement(new Ping(1)), Context, default));
    }
}
