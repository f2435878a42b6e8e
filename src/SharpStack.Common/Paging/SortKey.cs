namespace SharpStack.Common.Paging;

/// <summary>One <c>sort_key</c>/<c>sort_dir</c> pair.</summary>
public sealed record SortKey(string Key, SortDirection Direction);
