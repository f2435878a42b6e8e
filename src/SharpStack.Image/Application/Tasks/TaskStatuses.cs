namespace SharpStack.Image.Application.Tasks;

/// <summary>Glance's task states and the values it gives a task as it ends.</summary>
internal static class TaskStatuses
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Success = "success";
    public const string Failure = "failure";

    /// <summary>The only task type the import API creates.</summary>
    public const string ApiImageImport = "api_image_import";

    /// <summary>The message of a task that failed for a reason not meant for the user (glance/async_/taskflow_executor).</summary>
    public const string InternalErrorMessage = "Task failed due to Internal Error";

    public static IReadOnlyList<string> All { get; } = [Pending, Processing, Success, Failure];

    /// <summary>Glance's <c>[task] task_time_to_live</c> default: an ended task is kept 48 hours.</summary>
    public static TimeSpan TimeToLive { get; } = TimeSpan.FromHours(48);
}
