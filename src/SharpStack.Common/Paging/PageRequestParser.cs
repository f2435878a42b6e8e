using System.Globalization;
using Microsoft.Extensions.Primitives;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Paging;

/// <summary>Reads <c>limit</c>, <c>marker</c>, <c>sort_key</c>, <c>sort_dir</c> and <c>page_reverse</c> from a query string.</summary>
public static class PageRequestParser
{
    /// <exception cref="BadRequestException">A value is malformed or a sort key is not allowed.</exception>
    public static PageRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> query, PagingRules rules)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rules);
        var values = query.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new PageRequest(
            ParseLimit(Last(values, "limit"), rules.MaxLimit),
            NullIfEmpty(Last(values, "marker")),
            ParseSort(Get(values, "sort_key"), Get(values, "sort_dir"), rules),
            ParseBool(Last(values, "page_reverse"), "page_reverse"));
    }

    private static int ParseLimit(string? text, int maxLimit)
    {
        if (text is null)
        {
            return maxLimit;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
        {
            throw new BadRequestException($"Invalid input for query parameters limit. Value: {text}. limit must be a non-negative integer.");
        }

        // Nova treats limit=0 as "no limit given", i.e. the maximum.
        return limit == 0 ? maxLimit : Math.Min(limit, maxLimit);
    }

    private static List<SortKey> ParseSort(StringValues keys, StringValues directions, PagingRules rules)
    {
        if (keys.Count == 0 && directions.Count > 0)
        {
            throw new BadRequestException("The sort_dir parameter requires a sort_key.");
        }

        if (keys.Count == 0)
        {
            return [.. rules.DefaultSort];
        }

        var sort = new List<SortKey>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i] ?? string.Empty;
            if (!rules.AllowedSortKeys.Contains(key))
            {
                throw new BadRequestException(
                    $"Invalid sort key: {key}. Allowed sort keys are: {string.Join(", ", rules.AllowedSortKeys.Order(StringComparer.Ordinal))}.");
            }

            sort.Add(new SortKey(key, i < directions.Count ? ParseDirection(directions[i]) : rules.DefaultDirection));
        }

        return sort;
    }

    private static SortDirection ParseDirection(string? text) => text switch
    {
        "asc" => SortDirection.Asc,
        "desc" => SortDirection.Desc,
        _ => throw new BadRequestException($"Unknown sort direction '{text}', must be 'desc' or 'asc'."),
    };

    private static bool ParseBool(string? text, string name) => text?.ToUpperInvariant() switch
    {
        null or "FALSE" or "0" or "NO" or "OFF" => false,
        "TRUE" or "1" or "YES" or "ON" => true,
        _ => throw new BadRequestException($"Invalid value '{text}' for {name}: a boolean is required."),
    };

    private static StringValues Get(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var found) ? found : StringValues.Empty;

    private static string? Last(Dictionary<string, StringValues> values, string name)
    {
        var found = Get(values, name);
        return found.Count == 0 ? null : found[^1];
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
