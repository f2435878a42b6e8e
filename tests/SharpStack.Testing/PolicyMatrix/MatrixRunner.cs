using System.Collections.Concurrent;
using System.Globalization;
using SharpStack.Testing.Personas;

namespace SharpStack.Testing.PolicyMatrix;

/// <summary>
/// Runs every cell of a table against the running services, several at a time. A state-changing cell that should
/// succeed gets a fresh target; every other cell shares one per target (per row for state-changing rows, so that a
/// wrongly allowed change spoils no other row).
/// </summary>
public sealed class MatrixRunner(PersonaDirectory personas, IReadOnlyDictionary<string, HttpClient> clients, MatrixTargetCatalog targets)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<MatrixTarget>>> _shared = new(StringComparer.Ordinal);
    private int _unique;

    public int Parallelism { get; init; } = 8;

    public async Task<MatrixReport> RunAsync(MatrixTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var client = clients.TryGetValue(table.Service, out var found) ? found : throw new KeyNotFoundException($"No client for service '{table.Service}'.");
        var cells = table.Rows
            .SelectMany(row => row.Methods.SelectMany(method => row.Cells.Select(cell => new MatrixCell(row, method, cell.Key, cell.Value))))
            .ToList();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (cell, ct) =>
        {
            try
            {
                if (await RunAsync(client, cell, ct) is { } failure)
                {
                    failures.Add($"{cell}: {failure}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                failures.Add($"{cell}: {e.GetType().Name}: {e.Message}");
            }
        });
        return new MatrixReport(cells.Count, cells.Count(cell => cell.Expected.IsKnownDifference), [.. failures.Order(StringComparer.Ordinal)]);
    }

    private async Task<string?> RunAsync(HttpClient client, MatrixCell cell, CancellationToken cancellationToken)
    {
        var self = cell.Caller.Persona ?? Persona.ProjectMember;
        var target = await TargetAsync(cell, self);
        var values = new Dictionary<string, string>(Globals(self), StringComparer.Ordinal) { ["unique"] = Unique() };
        foreach (var (name, value) in target.Values)
        {
            values[name] = value;
        }

        using var request = MatrixRequest.Build(cell.Row, cell.Method, values);
        if (cell.Caller.Persona is { } persona)
        {
            request.Headers.Add("X-Auth-Token", await personas.TokenAsync(persona));
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var expected = cell.Expected.Ours;
        var status = (int)response.StatusCode;
        if (status != expected.Code)
        {
            return $"expected {cell.Expected}, got {status}: {Excerpt(text)}";
        }

        // A HEAD answer has no body to show or hide the target.
        return cell.Method == "HEAD" ? null : expected.Listing switch
        {
            MatrixListing.Contains when target.Id is null || !text.Contains(target.Id, StringComparison.Ordinal) =>
                $"expected {cell.Expected}, got {status} without the target {target.Id}",
            MatrixListing.Absent when target.Id is null || text.Contains(target.Id, StringComparison.Ordinal) =>
                $"expected {cell.Expected}, got {status} showing the target {target.Id}",
            _ => null,
        };
    }

    private Task<MatrixTarget> TargetAsync(MatrixCell cell, Persona self)
    {
        if (cell.Row.Target == MatrixRow.None)
        {
            return Task.FromResult(MatrixTarget.None);
        }

        var factory = targets.Get(cell.Row.Target);
        var context = new MatrixTargetContext(self, Unique());
        if (cell.ChangesState && cell.Expected.Ours.IsSuccess && !factory.Existing)
        {
            return factory.CreateAsync(context);
        }

        var owner = factory.PerCaller ? self.ToString() : "";
        var key = cell.ChangesState ? $"{cell.Row.Source}:{cell.Row.Line}|{factory.Name}|{owner}" : $"{factory.Name}|{owner}";
        return _shared.GetOrAdd(key, _ => new Lazy<Task<MatrixTarget>>(() => factory.CreateAsync(context))).Value;
    }

    private Dictionary<string, string> Globals(Persona self)
    {
        var account = personas.Account(self);
        var ids = personas.Targets;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["domainA"] = ids.DomainAId,
            ["domainB"] = ids.DomainBId,
            ["projectA"] = ids.ProjectAId,
            ["projectB"] = ids.ProjectBId,
            ["serviceProject"] = ids.ServiceProjectId,
            ["self.user"] = account.UserId,
            ["self.domain"] = account.DomainId,
            ["self.project"] = account.ProjectId ?? "",
        };
    }

    private string Unique() => "matrix-" + Interlocked.Increment(ref _unique).ToString(CultureInfo.InvariantCulture);

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
