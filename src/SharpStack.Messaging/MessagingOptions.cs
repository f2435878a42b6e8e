using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Messaging;

/// <summary>Settings of the message bus, read from the <c>[messaging]</c> section.</summary>
public sealed class MessagingOptions
{
    [ConfigurationKeyName("transport_url")]
    [Description("Bus transport: memory:// for the in-process bus, or rabbit://user:pass@host:port/vhost (amqp:// also accepted) for RabbitMQ.")]
    public string TransportUrl { get; set; } = "memory://";

    [ConfigurationKeyName("rpc_response_timeout")]
    [Description("Seconds a call waits for its reply when the caller gives no timeout.")]
    public int RpcResponseTimeout { get; set; } = 60;

    [ConfigurationKeyName("heartbeat")]
    [Description("AMQP heartbeat interval in seconds; a broker silent for twice this long is treated as gone.")]
    public int Heartbeat { get; set; } = 15;

    [ConfigurationKeyName("executor_thread_pool_size")]
    [Description("How many messages one server or subscriber handles at the same time.")]
    public int ExecutorThreadPoolSize { get; set; } = 8;

    [ConfigurationKeyName("reconnect_interval")]
    [Description("Seconds between attempts to reconnect to the broker after it went away.")]
    public double ReconnectInterval { get; set; } = 1;

    [ConfigurationKeyName("control_exchange")]
    [Description("Name of the exchange for casts and calls; fanout exchanges are named after their topic.")]
    public string ControlExchange { get; set; } = "sharpstack";
}
