using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SharpStack.Messaging.InMemory;
using SharpStack.Messaging.Tests.Contract;

namespace SharpStack.Messaging.Tests.InMemory;

public sealed class InMemoryMessageBusTests : MessageBusContractTests
{
    private readonly IMessageBus _bus = new InMemoryMessageBus(Options.Create(new MessagingOptions()), NullLogger<InMemoryMessageBus>.Instance);

    /// <summary>Everything in one process shares the one in-process bus (the base class disposes it).</summary>
    protected override IMessageBus ConnectBus() => _bus;

    /// <summary>There is no broker to restart: the queues live as long as the process.</summary>
    protected override Task RestartBrokerAsync() => Task.CompletedTask;
}
