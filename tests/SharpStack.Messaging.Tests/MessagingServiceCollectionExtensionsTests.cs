using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SharpStack.Messaging.InMemory;
using SharpStack.Messaging.RabbitMq;

namespace SharpStack.Messaging.Tests;

public sealed class MessagingServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSharpStackMessaging_NoTransportUrl_RegistersInMemoryBus()
    {
        await using var services = Build([]);

        Assert.IsType<InMemoryMessageBus>(services.GetRequiredService<IMessageBus>());
    }

    [Theory]
    [InlineData("rabbit://guest:guest@127.0.0.1:5673/")]
    [InlineData("amqp://guest:guest@127.0.0.1:5673/sharpstack")]
    public async Task AddSharpStackMessaging_RabbitUrl_RegistersRabbitMqBusWithoutConnecting(string url)
    {
        await using var services = Build(new() { ["transport_url"] = url });

        Assert.IsType<RabbitMqMessageBus>(services.GetRequiredService<IMessageBus>());
    }

    [Fact]
    public async Task AddSharpStackMessaging_ConfigKeys_BindOptions()
    {
        await using var services = Build(new()
        {
            ["transport_url"] = "rabbit://u:p@127.0.0.1:5673/v",
            ["rpc_response_timeout"] = "30",
            ["heartbeat"] = "10",
            ["executor_thread_pool_size"] = "4",
            ["control_exchange"] = "nova",
        });

        var options = services.GetRequiredService<IOptions<MessagingOptions>>().Value;

        Assert.Equal("rabbit://u:p@127.0.0.1:5673/v", options.TransportUrl);
        Assert.Equal(30, options.RpcResponseTimeout);
        Assert.Equal(10, options.Heartbeat);
        Assert.Equal(4, options.ExecutorThreadPoolSize);
        Assert.Equal("nova", options.ControlExchange);
    }

    [Fact]
    public async Task AddSharpStackMessaging_UnknownScheme_FailsValidation()
    {
        await using var services = Build(new() { ["transport_url"] = "kafka://127.0.0.1" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MessagingOptions>>().Value);
    }

    [Fact]
    public async Task AddSharpStackMessaging_BusAlreadyRegistered_KeepsIt()
    {
        var collection = new ServiceCollection().AddLogging();
        var own = new InMemoryMessageBus(Options.Create(new MessagingOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<InMemoryMessageBus>.Instance);
        collection.AddSingleton<IMessageBus>(own);
        collection.AddSharpStackMessaging(new ConfigurationBuilder().Build());
        await using var services = collection.BuildServiceProvider();

        Assert.Same(own, services.GetRequiredService<IMessageBus>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSharpStackMessaging(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
