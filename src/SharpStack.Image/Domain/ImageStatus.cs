namespace SharpStack.Image.Domain;

/// <summary>Glance's image states, as the API spells them.</summary>
internal static class ImageStatus
{
    /// <summary>Created; no data yet.</summary>
    public const string Queued = "queued";

    /// <summary>Data is being uploaded with <c>PUT /file</c>.</summary>
    public const string Saving = "saving";

    /// <summary>Data was staged and awaits (or failed) an import.</summary>
    public const string Uploading = "uploading";

    /// <summary>An import task is moving staged or remote data into a store.</summary>
    public const string Importing = "importing";

    /// <summary>Data is stored and readable.</summary>
    public const string Active = "active";

    /// <summary>Data is stored but not readable by non-admins until reactivated.</summary>
    public const string Deactivated = "deactivated";

    /// <summary>An upload failed beyond recovery.</summary>
    public const string Killed = "killed";

    /// <summary>Deleted (never shown through the API: deleted images are 404).</summary>
    public const string Deleted = "deleted";

    /// <summary>Deletion started and the data is being removed.</summary>
    public const string PendingDelete = "pending_delete";
}
