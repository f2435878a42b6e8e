using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Stores;

/// <summary>The stores <c>enabled_backends</c> configures, the default one, and the staging area of interoperable import.</summary>
internal sealed class ImageStoreCatalog
{
    private readonly Dictionary<string, IImageStore> _byId;

    public ImageStoreCatalog(
        IConfiguration configuration,
        IOptions<StoreBackendsOptions> backends,
        IOptions<GlanceStoreOptions> glanceStore,
        IEnumerable<IImageStoreFactory> factories)
    {
        var byKind = factories.ToDictionary(factory => factory.Kind, StringComparer.OrdinalIgnoreCase);
        All = [.. EnabledBackends.Parse(backends.Value.EnabledBackends).Select(backend =>
            byKind.TryGetValue(backend.Kind, out var factory)
                ? factory.Create(backend.Id, configuration.GetSection(backend.Id))
                : throw new InvalidOperationException(
                    $"[DEFAULT] enabled_backends names store {backend.Id} of kind '{backend.Kind}'; the kinds are {string.Join(", ", byKind.Keys)}."))];
        _byId = All.ToDictionary(store => store.Id, StringComparer.Ordinal);

        var defaultId = glanceStore.Value.DefaultBackend;
        Default = string.IsNullOrWhiteSpace(defaultId)
            ? All[0]
            : _byId.GetValueOrDefault(defaultId)
                ?? throw new InvalidOperationException($"[glance_store] default_backend = {defaultId} is not among enabled_backends ({string.Join(", ", _byId.Keys)}).");
        Staging = byKind[FileImageStore.StoreKind].Create(
            FileStoreOptions.StagingSectionName, configuration.GetSection(FileStoreOptions.StagingSectionName));
    }

    /// <summary>The enabled stores, in configuration order.</summary>
    public IReadOnlyList<IImageStore> All { get; }

    public IImageStore Default { get; }

    /// <summary>Where <c>PUT /stage</c> keeps data until it is imported (Glance's <c>os_glance_staging_store</c>).</summary>
    public IImageStore Staging { get; }

    public bool TryGet(string id, out IImageStore store) => _byId.TryGetValue(id, out store!);

    /// <summary>The store a request names, or the default; 400 with glance_store's message for an unknown id.</summary>
    public IImageStore Resolve(string? id) =>
        id is null ? Default : TryGet(id, out var store) ? store : throw UnknownStore(id);

    public static BadRequestException UnknownStore(string id) => new($"Unknown scheme '{id}' found in URI");
}
