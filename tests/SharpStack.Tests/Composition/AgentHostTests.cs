using Microsoft.Extensions.Configuration;
using SharpStack.Composition;
using SharpStack.Messaging;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Composition;

public sealed class AgentHostTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StartAsync_AloneWithOnlyABus_AnswersCallsAsItsHostAndHasNoDatabase()
    {
        var configuration = new ConfigurationBuilder().Build();
        await using var bus = ProcessBus.Create(configuration);
        var probe = new EchoProbe();

        await using (var agent = await AgentHost.StartAsync(EchoAgent.Definition(probe), "compute-7", configuration, bus.Bus, CancellationToken.None))
        {
            var reply = await bus.Bus.CallAsync<EchoRequest, EchoReply>(BusAddress.ForServer("echo", "compute-7"), new EchoRequest("ping"), Timeout);

            Assert.Equal(new EchoReply("ping", "compute-7", HasDatabase: false), reply);
            Assert.Equal(new AgentContext("echo", "compute-7"), agent.Context);
            Assert.False(probe.Stopped.IsCompleted);
        }

        await probe.Stopped.WaitAsync(Timeout);
    }

    [Fact]
    public async Task StartAsync_ItsOwnSection_ConfiguresTheAgent()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("agent_echo:topic", "elsewhere")]).Build();
        await using var bus = ProcessBus.Create(configuration);

        await using var agent = await AgentHost.StartAsync(EchoAgent.Definition(), "h1", configuration, bus.Bus, CancellationToken.None);

        var reply = await bus.Bus.CallAsync<EchoRequest, EchoReply>(BusAddress.ForServer("elsewhere", "h1"), new EchoRequest("x"), Timeout);
        Assert.Equal("h1", reply.Host);
    }
}
