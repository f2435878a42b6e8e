namespace SharpStack.Identity.Application.Lists;

/// <summary>A listing cut to its <c>list_limit</c>; <see cref="Truncated"/> when entries were left out.</summary>
internal readonly record struct ListPage<T>(IReadOnlyList<T> Items, bool Truncated);
