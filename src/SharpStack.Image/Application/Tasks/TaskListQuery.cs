using System.Globalization;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Tasks;

/// <summary>The query of GET /v2/tasks, checked as Glance's task deserializer does.</summary>
internal sealed record TaskListQuery(string? Status, string? Type, string SortKey, bool Descending, string? Marker, int Limit)
{
    /// <summary>Glance's <c>limit_param_default</c>.</summary>
    public const int DefaultLimit = 25;

    public static TaskListQuery Parse(IQueryCollection query, int maxLimit)
    {
        var status = query["status"].FirstOrDefault();
        if (!string.IsNullOrEmpty(status) && !TaskStatuses.All.Contains(status))
        {
            throw new BadRequestException($"Invalid status value: {status}");
        }

        var type = query["type"].FirstOrDefault();
        if (!string.IsNullOrEmpty(type) && type != "import")
        {
            throw new BadRequestException($"Invalid type value: {type}");
        }

        var sortDir = query["sort_dir"].FirstOrDefault() ?? "desc";
        if (sortDir is not ("asc" or "desc"))
        {
            throw new BadRequestException($"Invalid sort direction: {sortDir}");
        }

        var marker = query["marker"].FirstOrDefault();
        if (marker is not null && !Guid.TryParse(marker, out _))
        {
            throw new BadRequestException("Invalid marker format");
        }

        var limit = DefaultLimit;
        if (query["limit"].FirstOrDefault() is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit))
            {
                throw new BadRequestException("limit param must be an integer");
            }

            if (limit < 0)
            {
                throw new BadRequestException("limit param must be positive");
            }
        }

        return new TaskListQuery(
            string.IsNullOrEmpty(status) ? null : status,
            string.IsNullOrEmpty(type) ? null : type,
            query["sort_key"].FirstOrDefault() ?? "created_at",
            sortDir == "desc",
            marker,
            Math.Min(limit, maxLimit));
    }
}
