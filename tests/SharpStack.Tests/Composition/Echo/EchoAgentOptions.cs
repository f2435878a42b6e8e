using System.ComponentModel;
using Microsoft.Extensions.Configuration;

namespace SharpStack.Tests.Composition.Echo;

/// <summary>The echo agent's options, in its own <c>[agent_echo]</c> section.</summary>
internal sealed class EchoAgentOptions
{
    [ConfigurationKeyName("topic")]
    [Description("Bus topic the echo agent serves.")]
    public string Topic { get; set; } = "echo";
}
