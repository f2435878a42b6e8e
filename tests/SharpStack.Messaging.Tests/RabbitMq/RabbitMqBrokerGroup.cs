namespace SharpStack.Messaging.Tests.RabbitMq;

/// <summary>Every test that needs the broker shares one, and none of them runs beside a broker restart.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqBrokerGroup : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "RabbitMQ broker";
}
