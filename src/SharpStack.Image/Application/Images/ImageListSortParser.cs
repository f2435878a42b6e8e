using Microsoft.Extensions.Primitives;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Images;

/// <summary>Glance's two sort syntaxes: <c>sort=name:asc,size:desc</c> and repeated <c>sort_key</c>/<c>sort_dir</c>.</summary>
internal static class ImageListSortParser
{
    private const string DefaultKey = "created_at";
    private const string DefaultDirection = "desc";

    /// <exception cref="BadRequestException">An unknown key or direction, or both syntaxes at once.</exception>
    public static IReadOnlyList<(string Key, bool Descending)> Parse(IReadOnlyDictionary<string, StringValues> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var keys = new List<string>();
        var directions = new List<string>();
        if (parameters.TryGetValue("sort", out var sort))
        {
            if (parameters.ContainsKey("sort_key") || parameters.ContainsKey("sort_dir"))
            {
                throw new BadRequestException("Old and new sorting syntax cannot be combined");
            }

            foreach (var part in (sort[sort.Count - 1] ?? "").Trim().Split(','))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                var key = colon < 0 ? part : part[..colon];
                var direction = colon < 0 || colon == part.Length - 1 ? DefaultDirection : part[(colon + 1)..];
                keys.Add(Key(key.Trim()));
                directions.Add(Direction(direction.Trim()));
            }
        }
        else
        {
            if (parameters.TryGetValue("sort_key", out var sortKeys))
            {
                keys.AddRange(sortKeys.Select(k => Key((k ?? "").Trim())));
            }

            if (parameters.TryGetValue("sort_dir", out var sortDirs))
            {
                directions.AddRange(sortDirs.Select(d => Direction((d ?? "").Trim())));
            }

            if (directions.Count > 1 && directions.Count != keys.Count)
            {
                throw new BadRequestException("Number of sort dirs does not match the number of sort keys");
            }
        }

        if (keys.Count == 0)
        {
            keys.Add(DefaultKey);
        }

        if (directions.Count == 0)
        {
            directions.Add(DefaultDirection);
        }

        // glance/db/sqlalchemy/api.py: one direction applies to every key; created_at and id always end the order.
        var fallback = directions.Count == 1 ? directions[0] : DefaultDirection;
        var order = keys.Select((key, i) => (key, (directions.Count == 1 ? directions[0] : directions[i]) == "desc")).ToList();
        foreach (var tail in new[] { "created_at", "id" })
        {
            if (!keys.Contains(tail))
            {
                order.Add((tail, fallback == "desc"));
            }
        }

        return order;
    }

    private static string Key(string key) => ImageListQueryParser.SortKeys.Contains(key)
        ? key
        : throw new BadRequestException(
            $"Invalid sort key: {key}. It must be one of the following: {string.Join(", ", ImageListQueryParser.SortKeys)}.");

    private static string Direction(string direction) => direction is "asc" or "desc"
        ? direction
        : throw new BadRequestException($"Invalid sort direction: {direction}");
}
