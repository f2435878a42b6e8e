using SharpStack.Messaging.RabbitMq;

namespace SharpStack.Messaging.Tests.RabbitMq;

public sealed class RabbitMqEndpointTests
{
    [Fact]
    public void Parse_OsloUrl_ReadsEveryPart()
    {
        var endpoint = RabbitMqEndpoint.Parse(new Uri("rabbit://nova:p%40ss@127.0.0.1:5673/cloud"));

        Assert.Equal(new RabbitMqEndpoint("127.0.0.1", 5673, "nova", "p@ss", "cloud"), endpoint);
    }

    [Fact]
    public void Parse_NoPortNoVhost_UsesAmqpDefaults()
    {
        var endpoint = RabbitMqEndpoint.Parse(new Uri("amqp://127.0.0.1/"));

        Assert.Equal(new RabbitMqEndpoint("127.0.0.1", 5672, "guest", "guest", "/"), endpoint);
    }
}
