using System.Collections.Concurrent;
using System.Diagnostics;
using SharpStack.Messaging.Tests.Fakes;

namespace SharpStack.Messaging.Tests.Contract;

/// <summary>What every transport of the bus must do; each transport runs it through a subclass.</summary>
public abstract class MessageBusContractTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromSeconds(120));
    private readonly List<IAsyncDisposable> _toDispose = [];
    private readonly string _topic = $"test-{Guid.NewGuid():N}";

    /// <summary>A connection to the bus as another process would have it (the same bus, for the in-process transport).</summary>
    protected abstract IMessageBus ConnectBus();

    protected abstract Task RestartBrokerAsync();

    /// <summary>Cancels whatever a test still waits for if the bus is broken, so that a test fails rather than hangs.</summary>
    private CancellationToken Ct => _testTimeout.Token;

    public Task InitializeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _testTimeout.Dispose();
        GC.SuppressFinalize(this);
    }

    public virtual async Task DisposeAsync()
    {
        _toDispose.Reverse();
        foreach (var disposable in _toDispose.Distinct())
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task CallAsync_ServerReplies_ReturnsReply()
    {
        var bus = Connect();
        await ServeAsync(bus, "alpha", PingPong("alpha"));

        var reply = await bus.CallAsync<Ping, Pong>(new BusAddress(_topic), new Ping(41), TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(new Pong(42, "alpha"), reply);
    }

    [Fact]
    public async Task CallAsync_ToTopicServer_OnlyThatServerHandles()
    {
        var bus = Connect();
        await ServeAsync(Connect(), "alpha", PingPong("alpha"));
        await ServeAsync(Connect(), "beta", PingPong("beta"));
        await ServeAsync(Connect(), "gamma", PingPong("gamma"));

        for (var i = 0; i < 10; i++)
        {
            var reply = await bus.CallAsync<Ping, Pong>(new BusAddress(_topic, "beta"), new Ping(i), TimeSpan.FromSeconds(30), Ct);
            Assert.Equal("beta", reply.Server);
        }
    }

    [Fact]
    public async Task CallAsync_ServerGone_ThrowsTimeoutWithinTimeout()
    {
        var bus = Connect();
        var server = await bus.ServeAsync(_topic, "gone", PingPong("gone"), Ct);
        await server.DisposeAsync();
        var timeout = TimeSpan.FromSeconds(1);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<MessagingTimeoutException>(
            () => bus.CallAsync<Ping, Pong>(new BusAddress(_topic, "gone"), new Ping(1), timeout, Ct));

        Assert.InRange(clock.Elapsed, timeout * 0.9, timeout + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task CallAsync_HandlerThrows_ThrowsRemoteErrorWithTypeAndMessage()
    {
        var bus = Connect();
        await ServeAsync(bus, "alpha", new MessageDispatcher().On<Explode, Pong>(
            (request, _, _) => throw new InvalidOperationException(request.Reason)));

        var error = await Assert.ThrowsAsync<RemoteErrorException>(
            () => bus.CallAsync<Explode, Pong>(new BusAddress(_topic), new Explode("disk full"), TimeSpan.FromSeconds(30), Ct));

        Assert.Equal(typeof(InvalidOperationException).FullName, error.ExceptionType);
        Assert.Equal("disk full", error.RemoteMessage);
    }

    [Fact]
    public async Task CallAsync_UnknownMethod_ThrowsRemoteError()
    {
        var bus = Connect();
        await ServeAsync(bus, "alpha", new MessageDispatcher());

        var error = await Assert.ThrowsAsync<RemoteErrorException>(
            () => bus.CallAsync<Ping, Pong>(new BusAddress(_topic), new Ping(1), TimeSpan.FromSeconds(30), Ct));

        Assert.Equal(typeof(NotSupportedException).FullName, error.ExceptionType);
    }

    [Fact]
    public async Task CastAsync_AmbientContext_HandlerSeesRequestIdAndAuthContext()
    {
        var bus = Connect();
        var received = new TaskCompletionSource<(MessageContext Argument, MessageContext? Ambient)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await ServeAsync(bus, "alpha", new MessageDispatcher().On<Ping>((_, context, _) =>
        {
            received.TrySetResult((context, MessageContext.Current));
            return Task.CompletedTask;
        }));
        var sent = new MessageContext
        {
            RequestId = MessageContext.NewRequestId(),
            GlobalRequestId = MessageContext.NewRequestId(),
            UserId = "u-1",
            ProjectId = "p-1",
            DomainId = "default",
            Roles = ["admin", "member"],
            IsSystemScope = true,
            AuthToken = "gAAAA-token",
        };

        using (MessageContext.BeginScope(sent))
        {
            await bus.CastAsync(new BusAddress(_topic), new Ping(1), Ct);
        }

        var (argument, ambient) = await received.Task.WaitAsync(Deadline);
        Assert.Equal(sent.RequestId, argument.RequestId);
        Assert.Equal(sent with { Roles = [] }, argument with { Roles = [] });
        Assert.Equal(["admin", "member"], argument.Roles);
        Assert.Equal(sent.RequestId, ambient?.RequestId);
    }

    [Fact]
    public async Task CallAsync_FromInsideHandler_CarriesTheSameRequestId()
    {
        var bus = Connect();
        var innermost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await ServeAsync(bus, "inner", new MessageDispatcher().On<Applied>((_, context, _) =>
        {
            innermost.TrySetResult(context.RequestId);
            return Task.CompletedTask;
        }));
        await ServeAsync(bus, "outer", new MessageDispatcher().On<Ping, Pong>(async (ping, _, ct) =>
        {
            await bus.CastAsync(new BusAddress(_topic, "inner"), new Applied(ping.Number), ct);
            return new Pong(ping.Number, "outer");
        }));
        var context = MessageContext.Anonymous();

        using (MessageContext.BeginScope(context))
        {
            await bus.CallAsync<Ping, Pong>(new BusAddress(_topic, "outer"), new Ping(7), TimeSpan.FromSeconds(30), Ct);
        }

        Assert.Equal(context.RequestId, await innermost.Task.WaitAsync(Deadline));
    }

    [Fact]
    public async Task CastAsync_NoContext_HandlerGetsAFreshRequestId()
    {
        var bus = Connect();
        var received = new TaskCompletionSource<MessageContext>(TaskCreationOptions.RunContinuationsAsynchronously);
        await ServeAsync(bus, "alpha", new MessageDispatcher().On<Ping>((_, context, _) =>
        {
            received.TrySetResult(context);
            return Task.CompletedTask;
        }));

        await bus.CastAsync(new BusAddress(_topic), new Ping(1), Ct);

        var context = await received.Task.WaitAsync(Deadline);
        Assert.StartsWith("req-", context.RequestId, StringComparison.Ordinal);
        Assert.Null(context.UserId);
    }

    [Fact]
    public async Task CastAsync_ServerStartsLater_MessageIsDelivered()
    {
        var bus = Connect();
        var received = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        await bus.CastAsync(new BusAddress(_topic, "late"), new Ping(5), Ct);
        await ServeAsync(Connect(), "late", new MessageDispatcher().On<Ping>((ping, _, _) =>
        {
            received.TrySetResult(ping.Number);
            return Task.CompletedTask;
        }));

        Assert.Equal(5, await received.Task.WaitAsync(Deadline));
    }

    [Fact]
    public async Task CastAsync_TenThousandAcrossFourConsumers_EachAppliedExactlyOnce()
    {
        const int Casts = 10_000;
        var ledger = new AppliedLedger();
        for (var i = 0; i < 4; i++)
        {
            await ServeAsync(Connect(), $"worker-{i}", Recorder(ledger));
        }

        var sender = Connect();

        await CastManyAsync(sender, 0, Casts);
        await sender.CastAsync(new BusAddress(_topic), new Applied(Casts), Ct);
        await ledger.Applications.WaitForAsync(Casts + 1, Deadline);

        Assert.Equal(Casts + 1, ledger.Applications.Count);
        Assert.Equal(Casts + 1, ledger.Distinct);
        Assert.Empty(ledger.Duplicates);
    }

    [Fact]
    public async Task CastAsync_BrokerRestartsMidStream_NoneLost()
    {
        const int Batch = 100;
        var ledger = new AppliedLedger();
        await ServeAsync(Connect(), "survivor", Recorder(ledger));
        var sender = Connect();
        var sent = 0;

        for (; sent < 5 * Batch; sent += Batch)
        {
            await CastManyAsync(sender, sent, Batch);
        }

        var restart = RestartBrokerAsync();
        for (; !restart.IsCompleted && sent < 50_000; sent += Batch)
        {
            await CastManyAsync(sender, sent, Batch);
        }

        await restart;
        for (var after = 0; after < 5; after++, sent += Batch)
        {
            await CastManyAsync(sender, sent, Batch);
        }

        await sender.CastAsync(new BusAddress(_topic), new Applied(sent), Ct);
        await ledger.Applications.WaitForAsync(sent + 1, Deadline);

        Assert.Equal(sent + 1, ledger.Distinct);
        Assert.Empty(ledger.Duplicates);
        Assert.Equal(sent + 1, ledger.Applications.Count);
    }

    [Fact]
    public async Task FanoutAsync_ThreeServers_EveryServerReceives()
    {
        var received = new ConcurrentDictionary<string, int>();
        var everyone = new Countdown();
        foreach (var server in new[] { "alpha", "beta", "gamma" })
        {
            await ServeAsync(Connect(), server, new MessageDispatcher().On<Ping>((ping, _, _) =>
            {
                received[server] = ping.Number;
                everyone.Signal();
                return Task.CompletedTask;
            }));
        }

        await Connect().FanoutAsync(_topic, new Ping(9), Ct);

        await everyone.WaitForAsync(3, Deadline);
        Assert.Equal(["alpha", "beta", "gamma"], received.Keys.Order());
        Assert.All(received.Values, n => Assert.Equal(9, n));
    }

    [Fact]
    public async Task NotifyAsync_TwoSubscribers_EachGetsEveryField()
    {
        var bus = Connect();
        var first = new TaskCompletionSource<(Notification Notification, MessageContext? Ambient)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<Notification>(TaskCreationOptions.RunContinuationsAsynchronously);
        var eventType = $"compute.instance.create.end.{_topic}";
        await SubscribeAsync(Connect(), $"{_topic}-audit", (n, _) => Matching(n, eventType, () => first.TrySetResult((n, MessageContext.Current))));
        await SubscribeAsync(Connect(), $"{_topic}-billing", (n, _) => Matching(n, eventType, () => second.TrySetResult(n)));
        var context = MessageContext.Anonymous() with { UserId = "u-9", ProjectId = "p-9" };
        var sent = Notification.Create(eventType, "compute.host1", new Pong(3, "vm-1"), NotificationPriority.Warn);

        using (MessageContext.BeginScope(context))
        {
            await bus.NotifyAsync(sent, Ct);
        }

        var (got, ambient) = await first.Task.WaitAsync(Deadline);
        var other = await second.Task.WaitAsync(Deadline);
        foreach (var notification in new[] { got, other })
        {
            Assert.Equal(eventType, notification.EventType);
            Assert.Equal("compute.host1", notification.PublisherId);
            Assert.Equal("WARN", notification.Priority);
            Assert.Equal(sent.MessageId, notification.MessageId);
            Assert.Equal(sent.Timestamp, notification.Timestamp);
            Assert.Equal(new Pong(3, "vm-1"), notification.PayloadAs<Pong>());
            Assert.Equal(context.RequestId, notification.Context?.RequestId);
            Assert.Equal("u-9", notification.Context?.UserId);
        }

        Assert.Equal(context.RequestId, ambient?.RequestId);
    }

    private IMessageBus Connect()
    {
        var bus = ConnectBus();
        if (bus is IAsyncDisposable disposable)
        {
            _toDispose.Add(disposable);
        }

        return bus;
    }

    private async Task ServeAsync(IMessageBus bus, string server, IMessageDispatcher dispatcher) =>
        _toDispose.Add(await bus.ServeAsync(_topic, server, dispatcher, Ct));

    private async Task SubscribeAsync(IMessageBus bus, string name, Func<Notification, CancellationToken, Task> handler) =>
        _toDispose.Add(await bus.SubscribeAsync(name, handler, Ct));

    private static Task Matching(Notification notification, string eventType, Action onMatch)
    {
        if (notification.EventType == eventType)
        {
            onMatch();
        }

        return Task.CompletedTask;
    }

    private static MessageDispatcher PingPong(string server) =>
        new MessageDispatcher().On<Ping, Pong>((ping, _, _) => Task.FromResult(new Pong(ping.Number + 1, server)));

    private static MessageDispatcher Recorder(AppliedLedger ledger) =>
        new MessageDispatcher().On<Applied>((applied, _, _) =>
        {
            ledger.Apply(applied.Sequence);
            return Task.CompletedTask;
        });

    private Task CastManyAsync(IMessageBus bus, int first, int count) =>
        Parallel.ForEachAsync(
            Enumerable.Range(first, count),
            new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Ct },
            async (sequence, ct) => await bus.CastAsync(new BusAddress(_topic), new Applied(sequence), ct));
}
