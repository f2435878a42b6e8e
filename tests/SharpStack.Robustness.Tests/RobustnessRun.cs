using System.Diagnostics;
using System.Text;

namespace SharpStack.Robustness.Tests;

/// <summary>
/// Every route of one service × every input class that fits it × every caller, sent one at a time (reads first, then
/// writes), each answer checked: some answer, no 5xx, a 4xx in the service's fault format, and no change to the stored
/// resources after a rejected write.
/// </summary>
public sealed class RobustnessRun(RobustnessCloud cloud, RobustService service)
{
    private const int ExcerptLength = 160;

    public int Requests { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public async Task<IReadOnlyList<RobustnessFailure>> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<RobustnessFailure>();
        var format = service.FaultFormat;
        using var sender = new RobustSender(service.Host.BaseUri, service.ProxyParsingHost.BaseUri);
        using var snapshot = new ServiceSnapshot(service.Host.DataDirectory);
        snapshot.Reset();
        // Reads first; then writes, deepest routes first, so that a write the admin's run gets through (renaming the
        // namespace its later requests name) comes after the routes beneath that resource have been attacked.
        var cases = Cases()
            .OrderBy(@case => @case.Route.IsWrite)
            .ThenBy(@case => @case.Caller)
            .ThenByDescending(@case => @case.Route.IsWrite ? @case.Route.Segments.Count : 0);
        foreach (var (caller, route, inputClass, request) in cases)
        {
            if (route.IsWrite)
            {
                _ = snapshot.Changes();
            }

            var response = await sender.SendAsync(request, Token(caller));
            Requests++;
            var problems = new List<string>();
            if (response.Status == 0)
            {
                problems.Add($"no response ({response.Error})");
            }
            else if (response.Status >= 500)
            {
                problems.Add("server error");
            }
            else if (response.Status >= 400 && FaultShape.Mismatch(format, response.Status, request.Accept, route.Method == "HEAD", response) is { } mismatch)
            {
                problems.Add($"not the service's fault body: {mismatch}");
            }

            if (route.IsWrite && (response.Status >= 400 || response.Status == 0) && snapshot.Changes() is { Count: > 0 } changes)
            {
                problems.Add($"rejected, but changed {string.Join(", ", changes)}");
            }

            failures.AddRange(problems.Select(problem => new RobustnessFailure(route, inputClass, caller, request.Path, response.Status, problem, Excerpt(response))));
        }

        Elapsed = clock.Elapsed;
        return failures;
    }

    public static string Report(string service, IReadOnlyList<RobustnessFailure> failures)
    {
        var report = new StringBuilder($"{failures.Count} answers of {service} broke a rule. By problem and class:\n");
        foreach (var group in failures.GroupBy(failure => $"{Cause(failure.Problem)} [{failure.Class}]").OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal))
        {
            report.Append("  ").Append(group.Count()).Append(" × ").AppendLine(group.Key);
        }

        report.AppendLine("Every one:");
        foreach (var failure in failures)
        {
            report.Append("  ").AppendLine(failure.ToString());
        }

        return report.ToString();
    }

    /// <summary>A problem without the parts that differ from request to request.</summary>
    public static string Cause(string problem) => problem.StartsWith("rejected, but changed", StringComparison.Ordinal)
        ? "rejected, but changed stored resources"
        : problem;

    private IEnumerable<(Caller Caller, RobustRoute Route, string Class, RobustRequest Request)> Cases()
    {
        var routes = service.Routes();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var targets = service.Targets(caller == Caller.Admin ? RobustnessCloud.AdminOwner : RobustnessCloud.ProjectAOwner);
            for (var ordinal = 0; ordinal < routes.Count; ordinal++)
            {
                var route = routes[ordinal];
                // The admin may delete anything it names: it names nothing real, so that the run keeps its resources.
                var routeCase = new RouteCase(route, ordinal, caller == Caller.Admin && route.Method == "DELETE" ? RouteTargets.None : targets);
                foreach (var inputClass in InputClasses.All)
                {
                    if (inputClass.Build(routeCase) is { } request)
                    {
                        yield return (caller, route, inputClass.Name, request);
                    }
                }
            }
        }
    }

    private string? Token(Caller caller) => caller switch
    {
        Caller.OtherProject => cloud.OtherProjectToken,
        Caller.Admin => cloud.AdminTokenFor(service),
        _ => null,
    };

    private static string Excerpt(RobustResponse response)
    {
        var body = response.Body.ReplaceLineEndings(" ");
        return body.Length == 0 ? "(empty body)" : body.Length > ExcerptLength ? body[..ExcerptLength] + "…" : body;
    }
}
