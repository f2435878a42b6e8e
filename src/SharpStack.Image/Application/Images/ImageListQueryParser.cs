using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Images;

/// <summary>Reads GET /v2/images query parameters as Glance's RequestDeserializer.index and the database filters do.</summary>
internal static partial class ImageListQueryParser
{
    public static IReadOnlyList<string> SortKeys { get; } = ["name", "status", "container_format", "disk_format", "size", "id", "created_at", "updated_at"];

    private static readonly string[] Visibilities = ["community", "public", "private", "shared", "all"];
    private static readonly string[] MemberStatuses = ["pending", "accepted", "rejected", "all"];
    private static readonly string[] ValueFilterKeys = ["name", "id", "status", "container_format", "disk_format"];
    private static readonly string[] ColumnKeys = ["owner", "checksum", "os_hash_value", "os_hash_algo", "min_ram", "min_disk", "size", "virtual_size"];
    private static readonly string[] Ignored = ["limit", "marker", "member_status", "tag", "sort", "sort_key", "sort_dir", "visibility", "os_hidden", "protected"];

    /// <exception cref="BadRequestException">A parameter has a value Glance refuses.</exception>
    public static ImageListQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var parameters = query.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        string? Single(string name) => parameters.TryGetValue(name, out var values) ? values[values.Count - 1] : null;

        var visibility = Single("visibility");
        if (!string.IsNullOrEmpty(visibility) && !Visibilities.Contains(visibility))
        {
            throw new BadRequestException($"Invalid visibility value: {visibility}");
        }

        if (!string.IsNullOrEmpty(Single("changes-since")))
        {
            throw new BadRequestException("The \"changes-since\" filter is no longer available on v2.");
        }

        var memberStatus = Single("member_status") ?? Domain.MemberStatus.Accepted;
        if (!MemberStatuses.Contains(memberStatus))
        {
            throw new BadRequestException($"Invalid status: {memberStatus}");
        }

        var valueFilters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var timeFilters = new List<(string, string, DateTime)>();
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        long? sizeMin = null, sizeMax = null;
        foreach (var (key, values) in parameters)
        {
            var value = values[values.Count - 1] ?? "";
            if (Ignored.Contains(key))
            {
                continue;
            }

            if (key is "size_min" or "size_max")
            {
                var size = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw new BadRequestException("Unable to filter on a range with a non-numeric value.");
                if (key == "size_min")
                {
                    sizeMin = size;
                }
                else
                {
                    sizeMax = size;
                }
            }
            else if (key is "created_at" or "updated_at")
            {
                var (op, threshold) = SplitOperator(value);
                if (!TryParseIsoTime(threshold, out var time))
                {
                    throw new BadRequestException($"Bad \"{key}\" query filter format. Use ISO 8601 DateTime notation.");
                }

                if (op is not ("gt" or "gte" or "lt" or "lte" or "eq" or "neq"))
                {
                    throw new BadRequestException("Unable to filter on a unknown operator.");
                }

                timeFilters.Add((key, op, time));
            }
            else if (ValueFilterKeys.Contains(key))
            {
                var (op, operand) = SplitOperator(value);
                valueFilters[key] = op switch
                {
                    "in" => SplitQuoted(operand),
                    "eq" => [operand],
                    _ => throw new BadRequestException($"Unable to filter by unknown operator '{op}'."),
                };
            }
            else if (ColumnKeys.Contains(key))
            {
                columns[key] = value;
            }
            else
            {
                properties[key] = value;
            }
        }

        return new ImageListQuery
        {
            Limit = Limit(Single("limit")),
            Marker = Single("marker"),
            MemberStatus = memberStatus,
            Visibility = string.IsNullOrEmpty(visibility) ? null : visibility,
            OsHidden = TrueOrFalse(Single("os_hidden") ?? "false", "os_hidden", lower: true) ?? false,
            Protected = Single("protected") is { } isProtected ? TrueOrFalse(isProtected, "protected", lower: false) : null,
            Tags = parameters.TryGetValue("tag", out var tags) ? [.. tags.Select(t => (t ?? "").Trim())] : [],
            Sort = ImageListSortParser.Parse(parameters),
            ValueFilters = valueFilters,
            TimeFilters = timeFilters,
            SizeMin = sizeMin,
            SizeMax = sizeMax,
            ColumnFilters = columns,
            PropertyFilters = properties,
        };
    }

    private static int Limit(string? value)
    {
        if (value is null)
        {
            return ImageLimits.DefaultPageSize;
        }

        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit))
        {
            throw new BadRequestException("limit param must be an integer");
        }

        return limit < 0 ? throw new BadRequestException("limit param must be positive") : (int)Math.Min(limit, ImageLimits.MaxPageSize);
    }

    private static bool? TrueOrFalse(string value, string name, bool lower)
    {
        var normalized = lower ? value.ToLowerInvariant() : value;
        return normalized switch
        {
            "true" => true,
            "false" => false,
            _ => throw new BadRequestException($"Invalid value '{normalized}' for '{name}' filter. Valid values are 'true' or 'false'."),
        };
    }

    /// <summary>glance/common/utils.py split_filter_op: "gte:2024-01-01T00:00:00Z" → (gte, time); a bare value is eq.</summary>
    public static (string Operator, string Operand) SplitOperator(string expression)
    {
        var colon = expression.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || TryParseIsoTime(expression, out _))
        {
            return ("eq", expression);
        }

        return (expression[..colon], expression[(colon + 1)..]);
    }

    /// <summary>oslo's parse_isotime: ISO 8601 with or without an offset (UTC when absent).</summary>
    public static bool TryParseIsoTime(string value, out DateTime time)
    {
        var parsed = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var offset)
            && IsoShape().IsMatch(value);
        time = parsed ? offset.UtcDateTime : default;
        return parsed;
    }

    /// <summary>glance/common/utils.py split_filter_value_for_quotes: a,b or "a,b",c.</summary>
    public static IReadOnlyList<string> SplitQuoted(string value)
    {
        if (value.Count(c => c == '"') % 2 != 0)
        {
            throw new BadRequestException($"Invalid filter value {value}. The quote is not closed.");
        }

        return [.. QuotedValues().Matches(value).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : "")];
    }

    [GeneratedRegex(@"^\d{4}-?\d{2}-?\d{2}([T ]\d{2}(:?\d{2}(:?\d{2}(\.\d+)?)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"""([^""\\]*(?:\\.[^""\\]*)*)"",?|([^,]+),?|,")]
    private static partial Regex QuotedValues();
}
