using System.Collections.Concurrent;
using SharpStack.Identity.Application.EndpointFilter;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Caching;

/// <summary>
/// The enabled services, the endpoints, the OS-EP-FILTER associations, and the catalog built from them per (user, project), for as long as no Identity
/// write happened in this process (<see cref="IdentityDataGeneration"/>).
/// </summary>
internal sealed class CatalogCache(IdentityDataGeneration generation)
{
    private const int MaxCatalogs = 10_000;
    private volatile Snapshot? _snapshot;

    public long Generation => generation.Current;

    /// <returns>The snapshot read at the current generation, or null when it must be read again.</returns>
    public Snapshot? Current => _snapshot is { } snapshot && snapshot.Generation == generation.Current ? snapshot : null;

    /// <summary>Keeps what was read at <paramref name="readGeneration"/> (read before the queries ran).</summary>
    public Snapshot Store(long readGeneration, IReadOnlyList<Service> services, ILookup<string, Endpoint> endpoints, EndpointAssociations associations)
    {
        var snapshot = new Snapshot(readGeneration, services, endpoints, associations);
        if (readGeneration == generation.Current)
        {
            _snapshot = snapshot;
        }

        return snapshot;
    }

    internal sealed class Snapshot(long generation, IReadOnlyList<Service> services, ILookup<string, Endpoint> endpoints, EndpointAssociations associations)
    {
        private readonly ConcurrentDictionary<(string UserId, string? ProjectId), IReadOnlyList<SharpStack.Common.Auth.CatalogService>> _built = new();

        public long Generation { get; } = generation;

        public IReadOnlyList<Service> Services { get; } = services;

        /// <summary>The enabled endpoints by service.</summary>
        public ILookup<string, Endpoint> Endpoints { get; } = endpoints;

        public EndpointAssociations Associations { get; } = associations;

        public IReadOnlyList<SharpStack.Common.Auth.CatalogService> GetOrBuild(string userId, string? projectId, Func<Snapshot, string, string?, IReadOnlyList<SharpStack.Common.Auth.CatalogService>> build)
        {
            if (_built.TryGetValue((userId, projectId), out var catalog))
            {
                return catalog;
            }

            catalog = build(this, userId, projectId);
            if (_built.Count < MaxCatalogs)
            {
                _built.TryAdd((userId, projectId), catalog);
            }

            return catalog;
        }
    }
}
