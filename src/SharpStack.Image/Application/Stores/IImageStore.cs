using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Stores;

/// <summary>
/// A place that keeps image data, keyed by image id (a Glance store driver): the file store today, object
/// storage later. Data written through <see cref="CreateWriterAsync"/> is invisible until committed.
/// </summary>
internal interface IImageStore
{
    /// <summary>The store's id from <c>enabled_backends</c>.</summary>
    string Id { get; }

    /// <summary>The kind of store, e.g. <c>file</c>.</summary>
    string Kind { get; }

    string Description { get; }

    int Weight { get; }

    /// <summary>The kind-specific settings that <c>GET /v2/info/stores/detail</c> shows.</summary>
    JsonObject DetailProperties();

    /// <summary>The address of an image's data in this store, e.g. <c>file:///…/images/file/ID</c>.</summary>
    string LocationOf(string imageId);

    /// <summary>Starts writing an image's data; disposing the writer without committing removes what was written.</summary>
    Task<IStoreWriter> CreateWriterAsync(string imageId, CancellationToken ct);

    /// <summary>Opens committed data for reading from <paramref name="offset"/>; throws <see cref="FileNotFoundException"/> when there is none.</summary>
    Stream OpenRead(string imageId, long offset);

    /// <summary>The size of committed data, or null when there is none.</summary>
    long? SizeOf(string imageId);

    /// <summary>Removes an image's committed data; no error when there is none.</summary>
    Task DeleteAsync(string imageId, CancellationToken ct);

    /// <summary>The ids of every image with committed data in this store.</summary>
    IReadOnlyList<string> ListImageIds();

    /// <summary>Removes what interrupted writes left behind; returns how many were removed.</summary>
    int RemoveIncompleteWrites();
}
