namespace SharpStack.Messaging;

internal enum TransportKind
{
    InMemory,
    RabbitMq,
}
