using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpStack.Messaging.InMemory;
using SharpStack.Messaging.RabbitMq;

namespace SharpStack.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MessagingOptions"/> from <paramref name="messagingSection"/> and registers the
    /// <see cref="IMessageBus"/> its <c>transport_url</c> names (in-process or RabbitMQ), unless one is already registered.
    /// </summary>
    public static IServiceCollection AddSharpStackMessaging(this IServiceCollection services, IConfiguration messagingSection)
    {
        services.AddOptions<MessagingOptions>()
            .Bind(messagingSection)
            .Validate(o => TransportKinds.TryParse(o.TransportUrl, out _), "transport_url must be memory://, rabbit://user:pass@host:port/vhost or amqp://…")
            .Validate(o => o.ExecutorThreadPoolSize > 0 && o.ReconnectInterval > 0 && o.Heartbeat >= 0 && o.RpcResponseTimeout > 0, "Messaging options must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<IMessageBus>(CreateBus);
        return services;
    }

    private static IMessageBus CreateBus(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MessagingOptions>>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        return TransportKinds.TryParse(options.Value.TransportUrl, out var kind) && kind == TransportKind.RabbitMq
            ? new RabbitMqMessageBus(options, loggers.CreateLogger<RabbitMqMessageBus>())
            : new InMemoryMessageBus(options, loggers.CreateLogger<InMemoryMessageBus>());
    }
}
