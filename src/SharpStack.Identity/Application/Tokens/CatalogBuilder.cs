using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharpStack.Common.Auth;
using SharpStack.Identity.Application.Caching;
using SharpStack.Identity.Application.EndpointFilter;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// The v3 catalog of a token: every enabled service with its enabled endpoints, URLs substituted for the token
/// (<c>$(project_id)s</c> / <c>%(project_id)s</c>, <c>user_id</c>); an endpoint whose URL needs a value the token lacks is left out, as Keystone does.
/// A project with OS-EP-FILTER associations sees only its associated endpoints, and no service left without one
/// (keystone/catalog/backends/sql.py <c>get_v3_catalog</c>). Everything is read once per Identity write (<see cref="CatalogCache"/>).
/// </summary>
internal sealed partial class CatalogBuilder(IdentityDbContext db, CatalogCache cache, IOptions<EndpointFilterOptions> options)
{
    public async Task<IReadOnlyList<SharpStack.Common.Auth.CatalogService>> BuildAsync(string userId, string? projectId, CancellationToken cancellationToken)
    {
        var snapshot = cache.Current ?? await ReadAsync(cancellationToken);
        return snapshot.GetOrBuild(userId, projectId, Build);
    }

    private async Task<CatalogCache.Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var generation = cache.Generation;
        var services = await db.Services.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);

        // Disabled endpoints stay in the associations: one associated with a project still turns its filter on.
        var endpoints = await db.Endpoints.AsNoTracking().ToListAsync(cancellationToken);
        var projectEndpoints = await db.ProjectEndpoints.AsNoTracking().ToListAsync(cancellationToken);
        var groups = await db.EndpointGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, cancellationToken);
        var projectGroups = await db.ProjectEndpointGroups.AsNoTracking().ToListAsync(cancellationToken);
        var associations = new EndpointAssociations(
            endpoints,
            projectEndpoints.ToLookup(a => a.ProjectId, a => a.EndpointId),
            groups,
            projectGroups.ToLookup(a => a.ProjectId, a => a.EndpointGroupId));
        return cache.Store(generation, services, endpoints.Where(e => e.Enabled).ToLookup(e => e.ServiceId), associations);
    }

    private IReadOnlyList<SharpStack.Common.Auth.CatalogService> Build(CatalogCache.Snapshot snapshot, string userId, string? projectId)
    {
        var filter = projectId is null ? null : snapshot.Associations.ForProject(projectId);
        if (filter is not { Count: > 0 })
        {
            return options.Value.ReturnAllEndpointsIfNoFilter ? Build(snapshot, userId, projectId, filter: null) : [];
        }

        return [.. Build(snapshot, userId, projectId, filter).Where(s => s.Endpoints.Count > 0)];
    }

    private static IReadOnlyList<SharpStack.Common.Auth.CatalogService> Build(CatalogCache.Snapshot snapshot, string userId, string? projectId, IReadOnlySet<string>? filter) =>
    [
        .. snapshot.Services.Select(service => new SharpStack.Common.Auth.CatalogService(
            service.Id,
            service.Type,
            service.Name,
            [.. snapshot.Endpoints[service.Id]
                .Where(e => filter is null || filter.Contains(e.Id))
                .Select(e => (Endpoint: e, Url: Substitute(e.Url, userId, projectId)))
                .Where(e => e.Url is not null)
                .Select(e => new CatalogEndpoint(e.Endpoint.Id, e.Endpoint.Interface, e.Endpoint.RegionId, e.Endpoint.RegionId, e.Url!))])),
    ];

    /// <returns>The URL with its substitutions made, or null when it names a value the token does not have.</returns>
    public static string? Substitute(string url, string userId, string? projectId)
    {
        var missing = false;
        var result = Placeholder().Replace(url, match =>
        {
            switch (match.Groups["name"].Value)
            {
                case "project_id" or "tenant_id" when projectId is not null:
                    return projectId;
                case "user_id":
                    return userId;
                default:
                    missing = true;
                    return match.Value;
            }
        });
        return missing ? null : result;
    }

    [GeneratedRegex(@"[$%]\((?<name>[a-z_]+)\)s")]
    private static partial Regex Placeholder();
}
