namespace SharpStack.Common.Paging;

/// <summary>What a list endpoint accepts: its maximum page size and the sort keys it allows.</summary>
/// <param name="MaxLimit">The largest page (Nova's <c>max_limit</c>, 1000 by default); also the page size when no limit is given.</param>
/// <param name="AllowedSortKeys">The sort keys a client may name.</param>
/// <param name="DefaultSort">The order used when the client names none.</param>
public sealed record PagingRules(int MaxLimit, IReadOnlySet<string> AllowedSortKeys, IReadOnlyList<SortKey> DefaultSort)
{
    public const int DefaultMaxLimit = 1000;

    public SortDirection DefaultDirection => DefaultSort.Count > 0 ? DefaultSort[0].Direction : SortDirection.Asc;

    public static PagingRules Create(IEnumerable<string> allowedSortKeys, params SortKey[] defaultSort) =>
        new(DefaultMaxLimit, new HashSet<string>(allowedSortKeys, StringComparer.Ordinal), defaultSort);
}
