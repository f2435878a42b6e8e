using System.Diagnostics;
using SharpStack.Testing.PolicyMatrix;
using Xunit.Abstractions;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// Every route of every service, called by every persona (and without a token) against targets inside and outside the
/// persona's own project and domain, answers what upstream's default policies answer, or the known difference the
/// table records.
/// </summary>
public sealed class PolicyMatrixTests(MatrixClouds clouds, ITestOutputHelper output) : IClassFixture<MatrixClouds>
{
    public static TheoryData<string> Modes => [.. MatrixMode.All.Select(mode => mode.Name)];

    public static TheoryData<string, string> Tables
    {
        get
        {
            var tables = new TheoryData<string, string>();
            foreach (var mode in MatrixMode.All)
            {
                foreach (var service in mode.Services)
                {
                    tables.Add(mode.Name, service);
                }
            }

            return tables;
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Routes_MappedByTheServices_EachHaveARow(string modeName)
    {
        var (mode, mapped) = await MappedAsync(modeName);
        var uncovered = MatrixCoverage.Uncovered(mapped, mode.Services.Select(mode.Table));
        Assert.True(uncovered.Count == 0, $"No row in {mode.Name} for:\n" + string.Join('\n', uncovered));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Rows_OfTheTables_NameMappedRoutes(string modeName)
    {
        var (mode, mapped) = await MappedAsync(modeName);
        var unmapped = MatrixCoverage.Unmapped(mapped, mode.Services.Select(mode.Table));
        Assert.True(unmapped.Count == 0, "Rows for routes no service maps:\n" + string.Join('\n', unmapped));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Cells_OfTheTable_AnswerTheExpectedStatus(string modeName, string service)
    {
        var mode = MatrixMode.Named(modeName);
        var table = mode.Table(service);
        var runner = await clouds.RunnerAsync(mode);
        var clock = Stopwatch.StartNew();
        var report = await runner.RunAsync(table, CancellationToken.None);
        output.WriteLine($"{mode.Name}/{service}: {table.Rows.Count} rows, {report.Cells} cells ({report.KnownDifferences} known differences) in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} of {report.Cells} cells differ:\n" + string.Join('\n', report.Failures));
    }

    private async Task<(MatrixMode Mode, IReadOnlyList<MatrixRoute> Mapped)> MappedAsync(string modeName)
    {
        var mode = MatrixMode.Named(modeName);
        var cloud = await clouds.CloudAsync(mode);
        IReadOnlyList<MatrixRoute> mapped =
        [
            .. MatrixRouteDiscovery.Discover("identity", cloud.Identity.Services),
            .. MatrixRouteDiscovery.Discover("image", cloud.Image.Services),
        ];
        return (mode, mapped);
    }
}
