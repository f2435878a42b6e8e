using Microsoft.Extensions.Primitives;
using SharpStack.Common.Faults;

namespace SharpStack.Common.Paging;

/// <summary>Reads the filter parameters of a list call, leaving out the paging and field-selection ones.</summary>
public static class QueryFilters
{
    private static readonly HashSet<string> PagingParameters =
        new(["limit", "marker", "sort_key", "sort_dir", "sort", "page_reverse", "fields"], StringComparer.Ordinal);

    /// <exception cref="BadRequestException">An unknown filter was given and <paramref name="policy"/> rejects it.</exception>
    public static IReadOnlyDictionary<string, StringValues> Read(
        IEnumerable<KeyValuePair<string, StringValues>> query, IReadOnlySet<string> allowed, UnknownFilterPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(allowed);
        var filters = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (name, value) in query)
        {
            if (PagingParameters.Contains(name))
            {
                continue;
            }

            if (allowed.Contains(name))
            {
                filters[name] = value;
            }
            else if (policy == UnknownFilterPolicy.Reject)
            {
                throw new BadRequestException($"Invalid filter: {name} is not a supported query parameter.");
            }
        }

        return filters;
    }
}
