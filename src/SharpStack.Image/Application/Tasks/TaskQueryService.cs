using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Tasks;

/// <summary>Reads tasks as their callers may see them: admins every task, others their project's (glance/db _is_task_visible).</summary>
internal sealed class TaskQueryService(ImageDbContext db, TimeProvider clock)
{
    public async Task<ImageTask> GetAsync(string taskId, string? projectId, bool isAdmin, CancellationToken ct) =>
        await Visible(projectId, isAdmin).SingleOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw new NotFoundException($"Task with the given id {taskId} was not found");

    public async Task<IReadOnlyList<ImageTask>> ListAsync(TaskListQuery query, string? projectId, bool isAdmin, CancellationToken ct)
    {
        var tasks = Visible(projectId, isAdmin);
        if (query.Status is not null)
        {
            tasks = tasks.Where(t => t.Status == query.Status);
        }

        if (query.Type is not null)
        {
            tasks = tasks.Where(t => t.Type == query.Type);
        }

        var all = await tasks.ToListAsync(ct);
        IOrderedEnumerable<ImageTask> ordered = query.SortKey switch
        {
            "updated_at" => query.Descending ? all.OrderByDescending(t => t.UpdatedAt) : all.OrderBy(t => t.UpdatedAt),
            "id" => query.Descending ? all.OrderByDescending(t => t.Id, StringComparer.Ordinal) : all.OrderBy(t => t.Id, StringComparer.Ordinal),
            "status" => query.Descending ? all.OrderByDescending(t => t.Status, StringComparer.Ordinal) : all.OrderBy(t => t.Status, StringComparer.Ordinal),
            "type" => query.Descending ? all.OrderByDescending(t => t.Type, StringComparer.Ordinal) : all.OrderBy(t => t.Type, StringComparer.Ordinal),
            _ => query.Descending ? all.OrderByDescending(t => t.CreatedAt) : all.OrderBy(t => t.CreatedAt),
        };
        var list = ordered.ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        if (query.Marker is not null)
        {
            var index = list.FindIndex(t => t.Id == query.Marker);
            if (index < 0)
            {
                throw new BadRequestException($"Task with the given id {query.Marker} was not found");
            }

            list = list[(index + 1)..];
        }

        return [.. list.Take(query.Limit)];
    }

    /// <summary>Tasks of one image that have not expired, for GET /v2/images/{id}/tasks.</summary>
    public async Task<IReadOnlyList<ImageTask>> ForImageAsync(string imageId, string? projectId, bool isAdmin, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tasks = await Visible(projectId, isAdmin).Where(t => t.ImageId == imageId).ToListAsync(ct);
        return [.. tasks.Where(t => t.ExpiresAt is null || t.ExpiresAt >= now).OrderBy(t => t.CreatedAt)];
    }

    private IQueryable<ImageTask> Visible(string? projectId, bool isAdmin) =>
        isAdmin ? db.Tasks.AsNoTracking() : db.Tasks.AsNoTracking().Where(t => t.Owner == projectId);
}
