using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SharpStack.Messaging.Tests.Contract;
using SharpStack.Messaging.RabbitMq;

namespace SharpStack.Messaging.Tests.RabbitMq;

[Collection(RabbitMqBrokerGroup.Name)]
public sealed class RabbitMqMessageBusTests(RabbitMqBroker broker) : MessageBusContractTests
{
    protected override IMessageBus ConnectBus()
    {
        var options = Options.Create(new MessagingOptions { TransportUrl = broker.Url, ReconnectInterval = 0.5, Heartbeat = 5 });
        return new RabbitMqMessageBus(options, NullLogger<RabbitMqMessageBus>.Instance);
    }

    protected override Task RestartBrokerAsync() => broker.RestartAsync();
}
