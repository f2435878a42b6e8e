namespace SharpStack.Image.Application.Import;

/// <summary>The reserved image properties through which Glance reports an import's progress.</summary>
internal static class ImportProperties
{
    /// <summary>The import lock: the id of the task importing into the image.</summary>
    public const string ImportTask = "os_glance_import_task";

    /// <summary>Stores still to receive the data, comma-separated.</summary>
    public const string ImportingToStores = "os_glance_importing_to_stores";

    /// <summary>Stores that failed to receive the data, comma-separated.</summary>
    public const string FailedImport = "os_glance_failed_import";

    /// <summary>The API that holds the staged data (hidden from image views).</summary>
    public const string StageHost = "os_glance_stage_host";
}
