using SharpStack.Testing.Robustness;
using Xunit.Abstractions;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// Hostile input against every route of every service of the composition, without a token, as the member of another
/// project and as the admin: never a 5xx, always the service's fault body, and a rejected write changes nothing.
/// </summary>
public sealed class RobustnessTests(RobustnessCloud cloud, ITestOutputHelper output) : IClassFixture<RobustnessCloud>
{
    public static TheoryData<string> Services => [.. ComposedServices.Default.Select(service => service.Name)];

    [Theory]
    [MemberData(nameof(Services))]
    public void Routes_OfEveryComposedService_AreDiscovered(string name)
    {
        var service = cloud.Service(name);
        Assert.NotEmpty(service.Routes());
        Assert.Contains(service.Routes(), route => route.IsWrite);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Routes_UnderHostileInput_AnswerWithoutServerErrorsInTheFaultFormatAndChangeNothingWhenRejected(string name)
    {
        foreach (var note in cloud.Notes)
        {
            output.WriteLine($"set-up: {note}");
        }

        var run = new RobustnessRun(cloud, cloud.Service(name));
        var failures = await run.RunAsync();
        var lostTokens = await cloud.LostTokensAsync();
        output.WriteLine($"{name}: {cloud.Service(name).Routes().Count} routes, {run.Requests} requests in {run.Elapsed.TotalSeconds:F1} s, {failures.Count} failures");
        Assert.True(failures.Count == 0 && lostTokens.Count == 0, string.Join('\n', lostTokens.Select(lost => $"The run lost a caller: {lost}.")) + "\n" + RobustnessRun.Report(name, failures));
    }
}
