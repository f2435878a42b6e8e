using Microsoft.Extensions.Options;

namespace SharpStack.Identity.Application.Lists;

/// <summary>
/// Cuts a listing to its section's <c>list_limit</c> (keystone/common/manager.py <c>response_truncated</c>,
/// keystone/server/flask/common.py <c>wrap_collection</c>). Zero, like unset, means no limit, as Keystone's <c>or</c> reads it.
/// </summary>
internal sealed class ListLimits(IOptionsMonitor<ListLimitOptions> options)
{
    public int? For(string section)
    {
        var limit = Positive(section);
        if (limit is null && section == ListLimitSections.Resource)
        {
            limit = Positive(ListLimitSections.Assignment);
        }

        return limit ?? Positive(ListLimitSections.Default);
    }

    public ListPage<T> Apply<T>(IReadOnlyList<T> items, string section) =>
        For(section) is { } limit && items.Count > limit ? new([.. items.Take(limit)], true) : new(items, false);

    private int? Positive(string section) => options.Get(section).ListLimit is > 0 and var limit ? limit : null;
}
