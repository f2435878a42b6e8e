using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Common.Faults;
using SharpStack.Image.Application.Import;
using SharpStack.Image.Domain;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Tasks;

/// <summary>The tasks table as the import API and worker use it: create, move through pending → processing → success/failure.</summary>
internal sealed class ImportTaskRepository(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Glance's lock expiry: a task's lock may be taken over after 60 minutes without progress (120 while pending).</summary>
    private static readonly TimeSpan LockExpiry = TimeSpan.FromMinutes(60);

    public ImageTask NewTask(string imageId, string owner, string? userId, string? requestId, JsonObject input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new ImageTask
        {
            Id = Guid.NewGuid().ToString(),
            Type = TaskStatuses.ApiImageImport,
            Status = TaskStatuses.Pending,
            Owner = owner,
            ImageId = imageId,
            UserId = userId,
            RequestId = requestId,
            Input = input,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public async Task AddAsync(ImageTask task, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        db.Tasks.Add(task);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ImageTask?> FindAsync(string taskId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImageDbContext>().Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct);
    }

    /// <summary>409 "Image has active task" while another import holds the image's lock and has not expired; an expired lock's task fails.</summary>
    public async Task EnsureNoActiveImportAsync(ImageRecord image, CancellationToken ct)
    {
        var holder = image.Properties.FirstOrDefault(p => p.Name == ImportProperties.ImportTask)?.Value;
        if (holder is null)
        {
            return;
        }

        var task = await FindAsync(holder, ct);
        if (task is null || task.Status is TaskStatuses.Success or TaskStatuses.Failure)
        {
            return;
        }

        var expiry = task.Status == TaskStatuses.Pending ? LockExpiry * 2 : LockExpiry;
        if (clock.GetUtcNow().UtcDateTime - task.UpdatedAt < expiry)
        {
            throw new ConflictException("Image has active task");
        }

        await EndAsync(task.Id, TaskStatuses.Failure, "Expired lock preempted", null, ct);
    }

    /// <summary>Moves a task to <paramref name="status"/>; an ended task gets its expiry, result and message.</summary>
    public async Task EndAsync(string taskId, string status, string message, JsonObject? result, CancellationToken ct) =>
        await ChangeAsync(taskId, task =>
        {
            task.Status = status;
            task.Message = message.Length > ImageTask.MessageMaxLength ? message[..ImageTask.MessageMaxLength] : message;
            if (result is not null)
            {
                task.Result = result;
            }

            if (status is TaskStatuses.Success or TaskStatuses.Failure)
            {
                task.ExpiresAt = clock.GetUtcNow().UtcDateTime + TaskStatuses.TimeToLive;
            }
        }, ct);

    public async Task ChangeAsync(string taskId, Action<ImageTask> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImageDbContext>();
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return;
        }

        change(task);
        task.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
