namespace SharpStack.IntegrationTests.Cli;

public sealed class InformationCommandTests
{
    [Fact]
    public async Task Version_PrintsTheProductVersion()
    {
        var (exitCode, output) = await SharpStackProcess.RunAsync("version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("sharpstack 0.1.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigSample_PrintsEverySectionCommented()
    {
        var (exitCode, output) = await SharpStackProcess.RunAsync("config", "sample");

        Assert.Equal(0, exitCode);
        Assert.Contains("[DEFAULT]\n", output, StringComparison.Ordinal);
        Assert.Contains("[identity]\n", output, StringComparison.Ordinal);
        Assert.Contains("#bind = 127.0.0.1\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithUsage()
    {
        var (exitCode, output) = await SharpStackProcess.RunAsync("launch");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("launch", output, StringComparison.Ordinal);
    }
}
