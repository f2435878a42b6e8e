namespace SharpStack.Messaging;

internal static class TransportKinds
{
    public static bool TryParse(string? transportUrl, out TransportKind kind)
    {
        kind = TransportKind.InMemory;
        if (!Uri.TryCreate(transportUrl, UriKind.Absolute, out var url))
        {
            return false;
        }

        switch (url.Scheme)
        {
            case "memory":
                return true;
            case "rabbit" or "amqp":
                kind = TransportKind.RabbitMq;
                return url.Host.Length > 0;
            default:
                return false;
        }
    }
}
