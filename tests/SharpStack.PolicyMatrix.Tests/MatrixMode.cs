using SharpStack.Testing;
using SharpStack.Testing.PolicyMatrix;

namespace SharpStack.PolicyMatrix.Tests;

/// <summary>
/// A policy mode: a folder of <c>Expectations/</c> with one table per service (<c>identity.tsv</c>) and, optionally,
/// <c>settings.conf</c>: <c>section:key = value</c> lines every service of the mode's cloud runs with.
/// </summary>
public sealed class MatrixMode
{
    private MatrixMode(string name, string folder)
    {
        Name = name;
        Folder = folder;
    }

    public string Name { get; }

    public string Folder { get; }

    public static string Root => Path.Combine(RepositoryRoot.Find(), "tests", "SharpStack.PolicyMatrix.Tests", "Expectations");

    public static IReadOnlyList<MatrixMode> All =>
        [.. Directory.GetDirectories(Root).Order(StringComparer.Ordinal).Select(folder => new MatrixMode(Path.GetFileName(folder), folder))];

    public static MatrixMode Named(string name) => All.Single(mode => mode.Name == name);

    public IReadOnlyList<string> Services =>
        [.. Directory.GetFiles(Folder, "*.tsv").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public MatrixTable Table(string service) => MatrixTable.Load(Path.Combine(Folder, service + ".tsv"));

    public IReadOnlyList<KeyValuePair<string, string?>> Settings()
    {
        var path = Path.Combine(Folder, "settings.conf");
        if (!File.Exists(path))
        {
            return [];
        }

        return
        [
            .. File.ReadLines(path)
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
                .Select(pair => pair.Length == 2 ? new KeyValuePair<string, string?>(pair[0], pair[1]) : throw new FormatException($"{path}: '{pair[0]}' is not section:key = value.")),
        ];
    }
}
