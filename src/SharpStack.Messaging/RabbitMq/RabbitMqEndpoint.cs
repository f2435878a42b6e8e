using RabbitMQ.Client;

namespace SharpStack.Messaging.RabbitMq;

/// <summary>The broker named by an oslo.messaging-style <c>rabbit://user:pass@host:port/vhost</c> (or <c>amqp://</c>) URL.</summary>
internal sealed record RabbitMqEndpoint(string Host, int Port, string UserName, string Password, string VirtualHost)
{
    public static RabbitMqEndpoint Parse(Uri url)
    {
        var credentials = url.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        return new RabbitMqEndpoint(
            url.Host,
            url.IsDefaultPort || url.Port <= 0 ? 5672 : url.Port,
            credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest",
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest",
            vhost.Length > 0 ? vhost : "/");
    }

    public ConnectionFactory CreateFactory(MessagingOptions options) => new()
    {
        HostName = Host,
        Port = Port,
        UserName = UserName,
        Password = Password,
        VirtualHost = VirtualHost,
        AutomaticRecoveryEnabled = true,
        TopologyRecoveryEnabled = true,
        NetworkRecoveryInterval = TimeSpan.FromSeconds(options.ReconnectInterval),
        RequestedHeartbeat = TimeSpan.FromSeconds(options.Heartbeat),
        ClientProvidedName = $"sharpstack:{Environment.ProcessId}",
    };

    public override string ToString() => $"amqp://{Host}:{Port}/{Uri.EscapeDataString(VirtualHost)}";
}
