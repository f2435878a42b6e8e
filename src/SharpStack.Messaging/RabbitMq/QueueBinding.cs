namespace SharpStack.Messaging.RabbitMq;

/// <summary>A queue to declare, bind and consume: durable and shared, or exclusive to one consumer.</summary>
internal sealed record QueueBinding(string Queue, string Exchange, string RoutingKey, bool Exclusive = false)
{
    public bool Durable => !Exclusive;
}
