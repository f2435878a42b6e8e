using System.Text.Json;
using SharpStack.Testing.Clouds;

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
    public async Task ConfigServicesJson_ListsEveryServiceOfTheBuildWithItsPort()
    {
        var (exitCode, output) = await SharpStackProcess.RunAsync("config", "services", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var services = json.RootElement.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(new CloudPorts().Services, services.Select(service => service.GetProperty("name").GetString()));
        Assert.Contains(services, service => service.GetProperty("catalog_type").GetString() == "identity" && service.GetProperty("default_port").GetInt32() == 5000);
    }

    [Fact]
    public async Task Agent_UnknownKind_FailsWithOneSentenceAboutTheKinds()
    {
        var (exitCode, output) = await SharpStackProcess.RunAsync("agent", "nosuch");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: There is no agent kind 'nosuch'; ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithUsage()
    {
        var (exitCode, output) = await SharpStackProcess.RunAsync("launch");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("launch", output, StringComparison.Ordinal);
    }
}
