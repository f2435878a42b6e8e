namespace SharpStack.Common.Paging;

/// <summary>A validated <c>limit</c>, <c>marker</c> and sort order for one list call.</summary>
/// <param name="Limit">Rows to return, already capped at the service maximum.</param>
/// <param name="Marker">The id of the last row of the previous page, or null for the first page.</param>
/// <param name="Sort">The sort order, never empty.</param>
/// <param name="PageReverse">Neutron's <c>page_reverse</c>: walk backwards from the marker.</param>
public sealed record PageRequest(int Limit, string? Marker, IReadOnlyList<SortKey> Sort, bool PageReverse = false);
