using System.Globalization;
using System.Text.Json.Nodes;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Domain;

namespace SharpStack.Image.Application.Tasks;

/// <summary>Tasks as Glance renders them: the full view and list stub of glance/api/v2/tasks.py, and the database form of GET /v2/images/{id}/tasks.</summary>
internal static class TaskView
{
    public static JsonObject Full(ImageTask task)
    {
        var view = new JsonObject
        {
            ["id"] = task.Id,
            ["input"] = task.Input.DeepClone(),
            ["type"] = task.Type,
            ["status"] = task.Status,
            ["owner"] = task.Owner,
            ["message"] = task.Message,
            ["result"] = Result(task),
            ["created_at"] = ImageView.Timestamp(task.CreatedAt),
            ["updated_at"] = ImageView.Timestamp(task.UpdatedAt),
            ["self"] = Self(task.Id),
            ["schema"] = "/v2/schemas/task",
        };
        AddIfSet(view, "image_id", task.ImageId);
        AddIfSet(view, "request_id", task.RequestId);
        AddIfSet(view, "user_id", task.UserId);
        if (task.ExpiresAt is { } expires)
        {
            view["expires_at"] = ImageView.Timestamp(expires);
        }

        return view;
    }

    public static JsonObject Stub(ImageTask task)
    {
        var view = new JsonObject
        {
            ["id"] = task.Id,
            ["type"] = task.Type,
            ["status"] = task.Status,
            ["owner"] = task.Owner,
            ["created_at"] = ImageView.Timestamp(task.CreatedAt),
            ["updated_at"] = ImageView.Timestamp(task.UpdatedAt),
            ["self"] = Self(task.Id),
            ["schema"] = "/v2/schemas/task",
        };
        if (task.ExpiresAt is { } expires)
        {
            view["expires_at"] = ImageView.Timestamp(expires);
        }

        return view;
    }

    /// <summary>glance/db/sqlalchemy/api.py _task_format, serialized with datetimes in Python's isoformat.</summary>
    public static JsonObject Record(ImageTask task) => new()
    {
        ["id"] = task.Id,
        ["type"] = task.Type,
        ["status"] = task.Status,
        ["owner"] = task.Owner,
        ["expires_at"] = task.ExpiresAt is { } expires ? IsoFormat(expires) : null,
        ["created_at"] = IsoFormat(task.CreatedAt),
        ["updated_at"] = IsoFormat(task.UpdatedAt),
        ["deleted_at"] = null,
        ["deleted"] = false,
        ["image_id"] = task.ImageId,
        ["request_id"] = task.RequestId,
        ["user_id"] = task.UserId,
        ["input"] = task.Input.DeepClone(),
        ["result"] = Result(task),
        ["message"] = task.Message,
    };

    public static string Self(string taskId) => "/v2/tasks/" + taskId;

    private static JsonNode? Result(ImageTask task) => task.Result.Count == 0 ? null : task.Result.DeepClone();

    private static void AddIfSet(JsonObject view, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            view[name] = value;
        }
    }

    private static string IsoFormat(DateTime value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}
