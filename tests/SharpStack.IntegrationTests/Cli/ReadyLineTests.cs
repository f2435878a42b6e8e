using SharpStack.IntegrationTests.Clients;
using SharpStack.Testing.Clouds;

namespace SharpStack.IntegrationTests.Cli;

/// <summary>What <c>sharpstack up</c> prints when it is ready, derived from the services it runs, and that its hint works as printed.</summary>
public sealed class ReadyLineTests(CloudProcessFixture fixture) : IClassFixture<CloudProcessFixture>
{
    private CloudProcess Cloud => fixture.Cloud;

    [Fact]
    public void ReadyLine_NamesEveryServiceWithItsCatalogUrl()
    {
        var listed = fixture.ReadyLine["SharpStack is ready: ".Length..].Split(", ");

        Assert.Equal(Cloud.Ports.Services.Select(service => $"{service} {Cloud.Url(TypeOf(service)).ToString().TrimEnd('/')}"), listed);
    }

    [Fact]
    public async Task UseItHint_EveryCommandSucceedsWithTheWrittenClientFiles()
    {
        var hint = Cloud.Output.Split('\n').Single(line => line.StartsWith("  Use it: source ", StringComparison.Ordinal));
        var commands = hint.Split("; ")[1..];
        var cli = new OpenStackCli(Cloud.CloudsYaml);

        Assert.Equal(Cloud.Ports.Services.Count, commands.Length);
        Assert.Equal($"  Use it: source {Path.Combine(Cloud.DataDirectory.FullName, "openrc")}", hint.Split("; ")[0]);
        foreach (var command in commands)
        {
            var words = command.Split(' ');
            Assert.Equal("openstack", words[0]);
            var result = await cli.RunAsync(words[1..]);
            Assert.True(result.ExitCode == 0, $"{command} failed ({result.ExitCode}): {result.Error}{result.Output}");
        }
    }

    // The ready line names services by --services name; the fixture's URLs are by catalog type, which the same entry gives.
    private string TypeOf(string service) => Cloud.Ports.CatalogTypeOf(service);
}
