using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Identity.Application.Caching;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Tokens;

/// <summary>
/// The v3 catalog of a token: every enabled service with its enabled endpoints, URLs substituted for the token
/// (<c>$(project_id)s</c> / <c>%(project_id)s</c>, <c>user_id</c>); an endpoint whose URL needs a value the token lacks is left out, as Keystone does.
/// Services and endpoints are read once per Identity write (<see cref="CatalogCache"/>).
/// </summary>
internal sealed partial class CatalogBuilder(IdentityDbContext db, CatalogCache cache)
{
    public async Task<IReadOnlyList<SharpStack.Common.Auth.CatalogService>> BuildAsync(string userId, string? projectId, CancellationToken cancellationToken)
    {
        var snapshot = cache.Current;
        if (snapshot is null)
        {
            var generation = cache.Generation;
            var services = await db.Services.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
            var endpoints = await db.Endpoints.AsNoTracking().Where(e => e.Enabled).ToListAsync(cancellationToken);
            snapshot = cache.Store(generation, services, endpoints.ToLookup(e => e.ServiceId));
        }

        return snapshot.GetOrBuild(userId, projectId, Build);
    }

    private static IReadOnlyList<SharpStack.Common.Auth.CatalogService> Build(CatalogCache.Snapshot snapshot, string userId, string? projectId) =>
    [
        .. snapshot.Services.Select(service => new SharpStack.Common.Auth.CatalogService(
            service.Id,
            service.Type,
            service.Name,
            [.. snapshot.Endpoints[service.Id]
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
