using System.CommandLine;
using SharpStack.Cli;
using SharpStack.Composition;
using SharpStack.Tests.Composition.Echo;

namespace SharpStack.Tests.Cli;

/// <summary><c>sharpstack agent &lt;kind&gt;</c> run through the command line in this process, with a kind the tests register.</summary>
public sealed class AgentCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Agent_RegisteredKind_RunsAloneAsTheGivenHostUntilStoppedThenExitsZero()
    {
        var probe = new EchoProbe();
        using var stop = new CancellationTokenSource();

        var exit = InvokeAsync(CloudComposition.Default.WithAgent("identity", EchoAgent.Definition(probe)), stop.Token, "agent", "echo", "--host", "edge-3");
        var host = await probe.Started.WaitAsync(Timeout);
        Assert.False(exit.IsCompleted);
        await stop.CancelAsync();

        Assert.Equal("edge-3", host);
        Assert.Equal(0, await exit.WaitAsync(Timeout));
        Assert.True(probe.Stopped.IsCompleted);
    }

    [Fact]
    public async Task Agent_UnknownKind_FailsWithoutStartingAnything()
    {
        var probe = new EchoProbe();

        var exitCode = await InvokeAsync(CloudComposition.Default.WithAgent("identity", EchoAgent.Definition(probe)), CancellationToken.None, "agent", "compute");

        Assert.Equal(1, exitCode);
        Assert.False(probe.Started.IsCompleted);
    }

    private static Task<int> InvokeAsync(CloudComposition composition, CancellationToken stop, params string[] arguments) =>
        SharpStackCommandLine.Build(composition)
            .Parse(arguments)
            .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, stop);
}
