namespace SharpStack.Testing.PolicyMatrix;

/// <summary>
/// A service's expectation table, tab-separated: <c>#</c> starts a comment line; the first other line names the columns
/// <c>method route target request body</c> and then one column per caller (<see cref="MatrixCaller.Names"/>); each
/// further line is a <see cref="MatrixRow"/>. A method may be written <c>GET|HEAD</c> for a row that holds for both.
/// </summary>
public sealed class MatrixTable
{
    private static readonly string[] Fixed = ["method", "route", "target", "request", "body"];

    private MatrixTable(string service, IReadOnlyList<MatrixRow> rows)
    {
        Service = service;
        Rows = rows;
    }

    /// <summary>The service, named by the file (<c>identity.tsv</c>).</summary>
    public string Service { get; }

    public IReadOnlyList<MatrixRow> Rows { get; }

    public static MatrixTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var service = Path.GetFileNameWithoutExtension(path);
        var source = $"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}";
        var rows = new List<MatrixRow>();
        MatrixCaller[]? callers = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            try
            {
                if (callers is null)
                {
                    callers = Header(fields);
                    continue;
                }

                rows.Add(Row(source, number, service, fields, callers));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{source}:{number}: {e.Message}", e);
            }
        }

        return new MatrixTable(service, rows);
    }

    private static MatrixCaller[] Header(string[] fields)
    {
        if (fields.Length <= Fixed.Length || !fields.Take(Fixed.Length).SequenceEqual(Fixed))
        {
            throw new FormatException($"The header must start with {string.Join(' ', Fixed)} and name the callers.");
        }

        var callers = fields.Skip(Fixed.Length).Select(MatrixCaller.Parse).ToArray();
        if (callers.Distinct().Count() != callers.Length)
        {
            throw new FormatException("A caller column appears twice.");
        }

        return callers;
    }

    private static MatrixRow Row(string source, int line, string service, string[] fields, MatrixCaller[] callers)
    {
        if (fields.Length != Fixed.Length + callers.Length)
        {
            throw new FormatException($"{fields.Length} fields where the header names {Fixed.Length + callers.Length}.");
        }

        var cells = callers.Select((caller, i) => KeyValuePair.Create(caller, MatrixExpectation.Parse(fields[Fixed.Length + i]))).ToList();
        var methods = fields[0].Split('|');
        if (fields[1].Length == 0 || fields[1][0] != '/')
        {
            throw new FormatException($"'{fields[1]}' is not a route.");
        }

        return new MatrixRow(source, line, service, methods, MatrixRoute.Normalize(fields[1]), fields[2], fields[3], fields[4], cells);
    }
}
