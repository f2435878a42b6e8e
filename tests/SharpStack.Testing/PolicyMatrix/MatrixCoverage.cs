namespace SharpStack.Testing.PolicyMatrix;

/// <summary>Compares the operations services map with the rows of their tables, both ways.</summary>
public static class MatrixCoverage
{
    /// <summary>Mapped operations that no row covers.</summary>
    public static IReadOnlyList<MatrixRoute> Uncovered(IEnumerable<MatrixRoute> mapped, IEnumerable<MatrixTable> tables)
    {
        var covered = tables.SelectMany(table => table.Rows).SelectMany(row => row.Routes).ToHashSet();
        return [.. mapped.Where(route => !covered.Contains(route)).OrderBy(route => route.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Rows that name an operation no service maps.</summary>
    public static IReadOnlyList<string> Unmapped(IEnumerable<MatrixRoute> mapped, IEnumerable<MatrixTable> tables)
    {
        var known = mapped.ToHashSet();
        return
        [
            .. tables.SelectMany(table => table.Rows)
                .SelectMany(row => row.Routes.Where(route => !known.Contains(route)).Select(route => $"{row.Source}:{row.Line} {route}")),
        ];
    }
}
