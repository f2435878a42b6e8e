using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Limits;

/// <summary>
/// Project and domain limits over registered limits, with the flat enforcement model (keystone/limit); also the
/// store that quotas of other services read through <see cref="GetEffectiveLimitAsync"/>.
/// </summary>
internal sealed class LimitService(IdentityDbContext db)
{
    public const string ModelName = "flat";
    public const string ModelDescription = "Limit enforcement and validation does not take project hierarchy into consideration.";

    /// <summary>Lists what the caller may see: everything for system, admin or service callers; else their domain's or project's limits.</summary>
    public async Task<IReadOnlyList<Limit>> ListAsync(LimitFilter filter, AuthContext caller, CancellationToken cancellationToken)
    {
        var query = Query();
        query = filter.ServiceId is null ? query : query.Where(l => l.RegisteredLimit!.ServiceId == filter.ServiceId);
        query = filter.RegionId is null ? query : query.Where(l => l.RegisteredLimit!.RegionId == filter.RegionId);
        query = filter.ResourceName is null ? query : query.Where(l => l.RegisteredLimit!.ResourceName == filter.ResourceName);
        query = filter.ProjectId is null ? query : query.Where(l => l.ProjectId == filter.ProjectId);
        query = filter.DomainId is null ? query : query.Where(l => l.DomainId == filter.DomainId);
        if (caller.SystemScope is not null || caller.HasRole("admin") || caller.HasRole("service"))
        {
            return await query.ToListAsync(cancellationToken);
        }

        if (caller.DomainId is { } domainId)
        {
            var projects = db.Projects.Where(p => p.DomainId == domainId).Select(p => p.Id);
            return await query.Where(l => l.DomainId == domainId || projects.Contains(l.ProjectId!)).ToListAsync(cancellationToken);
        }

        return caller.ProjectId is { } projectId
            ? await query.Where(l => l.ProjectId == projectId).ToListAsync(cancellationToken)
            : [];
    }

    public async Task<Limit?> FindAsync(string id, CancellationToken cancellationToken) =>
        await Query().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    public async Task<Limit> GetAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw UnifiedLimitErrors.LimitNotFound(id);

    /// <summary>The target of <c>identity:get_limit</c>: the limit with its project's domain, or its domain.</summary>
    public async Task<Dictionary<string, object?>> PolicyTargetAsync(Limit limit, CancellationToken cancellationToken)
    {
        var target = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["target.limit.id"] = limit.Id,
            ["target.limit.project_id"] = limit.ProjectId,
            ["target.limit.domain_id"] = limit.DomainId,
        };
        if (limit.ProjectId is not null)
        {
            var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == limit.ProjectId, cancellationToken);
            target["target.limit.project.id"] = limit.ProjectId;
            target["target.limit.project.domain_id"] = project?.DomainId;
        }
        else if (limit.DomainId is not null)
        {
            target["target.limit.domain.id"] = limit.DomainId;
        }

        return target;
    }

    /// <summary>Creates a batch, all or none, of bodies keystone/limit/schema.py limits_create_request_body has checked.</summary>
    public async Task<IReadOnlyList<Limit>> CreateAsync(JsonObject root, CancellationToken cancellationToken)
    {
        var requests = root["limits"]!.AsArray().Select(item => Parse(item!.AsObject())).ToList();
        foreach (var request in requests)
        {
            await AssertReferencesExistAsync(request, cancellationToken);
        }

        var created = new List<Limit>();
        foreach (var request in requests)
        {
            var registered = await db.RegisteredLimits.FirstOrDefaultAsync(
                r => r.ServiceId == request.ServiceId && r.ResourceName == request.ResourceName && r.RegionId == request.RegionId,
                cancellationToken) ?? throw UnifiedLimitErrors.NoLimitReference();
            var limit = new Limit
            {
                Id = KeystoneIds.New(),
                ProjectId = request.ProjectId,
                DomainId = request.ProjectId is null ? request.DomainId : null,
                ResourceLimit = request.ResourceLimit,
                Description = request.Description,
                RegisteredLimitId = registered.Id,
                RegisteredLimit = registered,
            };
            if (created.Any(other => SameTarget(other, limit)) || await db.Limits.AnyAsync(
                    l => l.RegisteredLimitId == limit.RegisteredLimitId && l.ProjectId == limit.ProjectId && l.DomainId == limit.DomainId,
                    cancellationToken))
            {
                throw UnifiedLimitErrors.Duplicate("limit");
            }

            created.Add(limit);
        }

        db.Limits.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    /// <summary>Applies a body keystone/limit/schema.py limit_update_request_body has checked; an empty <c>limit</c> changes nothing.</summary>
    public async Task<Limit> UpdateAsync(string id, JsonObject root, CancellationToken cancellationToken)
    {
        var body = root["limit"]!.AsObject();
        var resourceLimit = LimitFields.Integer(body, "resource_limit");
        var description = LimitFields.String(body, "description");
        var limit = await db.Limits.Include(l => l.RegisteredLimit).SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw UnifiedLimitErrors.LimitNotFound(id);
        limit.ResourceLimit = resourceLimit ?? limit.ResourceLimit;
        limit.Description = body.ContainsKey("description") ? description : limit.Description;
        await db.SaveChangesAsync(cancellationToken);
        return limit;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Limits.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw UnifiedLimitErrors.LimitNotFound(id);
        }
    }

    /// <summary>Keystone removes the limits of a deleted project (unified_limit Manager.delete_limits_for_project).</summary>
    public Task<int> DeleteForProjectAsync(string projectId, CancellationToken cancellationToken) =>
        db.Limits.Where(l => l.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// The limit a project has on a resource under the flat model: its own limit, else the registered default; null when the
    /// resource is not registered. The service is named by id or by catalog type; a region falls back to the region-less registration.
    /// </summary>
    public async Task<long?> GetEffectiveLimitAsync(string serviceIdOrType, string? regionId, string resourceName, string projectId, CancellationToken cancellationToken)
    {
        var serviceIds = await db.Services.AsNoTracking()
            .Where(s => s.Id == serviceIdOrType || s.Type == serviceIdOrType)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var candidates = await db.RegisteredLimits.AsNoTracking()
            .Where(r => serviceIds.Contains(r.ServiceId) && r.ResourceName == resourceName && (r.RegionId == regionId || r.RegionId == null))
            .ToListAsync(cancellationToken);
        var registered = candidates
            .OrderByDescending(r => r.RegionId is not null)
            .ThenByDescending(r => r.ServiceId == serviceIdOrType)
            .ThenBy(r => r.InternalId)
            .FirstOrDefault();
        if (registered is null)
        {
            return null;
        }

        var own = await db.Limits.AsNoTracking()
            .Where(l => l.RegisteredLimitId == registered.Id && l.ProjectId == projectId)
            .Select(l => (int?)l.ResourceLimit)
            .FirstOrDefaultAsync(cancellationToken);
        return own ?? registered.DefaultLimit;
    }

    public static JsonObject ToJson(Limit limit, Uri baseUri) => new()
    {
        ["id"] = limit.Id,
        ["project_id"] = limit.ProjectId,
        ["domain_id"] = limit.DomainId,
        ["service_id"] = limit.RegisteredLimit?.ServiceId,
        ["region_id"] = limit.RegisteredLimit?.RegionId,
        ["resource_name"] = limit.RegisteredLimit?.ResourceName,
        ["resource_limit"] = limit.ResourceLimit,
        ["description"] = limit.Description,
        ["links"] = ResourceLinks.Member(baseUri, "limits", limit.Id),
    };

    private IQueryable<Limit> Query() => db.Limits.AsNoTracking().Include(l => l.RegisteredLimit).OrderBy(l => l.InternalId);

    private static LimitRequest Parse(JsonObject item)
    {
        var request = new LimitRequest(
            LimitFields.String(item, "project_id"),
            LimitFields.String(item, "domain_id"),
            LimitFields.String(item, "service_id")!,
            LimitFields.String(item, "region_id"),
            LimitFields.String(item, "resource_name")!,
            LimitFields.Integer(item, "resource_limit")!.Value,
            LimitFields.String(item, "description"));
        // The schema's oneOf wants the member present; a null one names no target.
        return request.ProjectId is null && request.DomainId is null
            ? throw KeystoneValidation.Missing(item.ContainsKey("project_id") ? "project_id" : "domain_id", "limit")
            : request;
    }

    private async Task AssertReferencesExistAsync(LimitRequest request, CancellationToken cancellationToken)
    {
        await RegisteredLimitService.AssertCatalogReferencesAsync(db, request.ServiceId, request.RegionId, "limit", cancellationToken);
        if (request.ProjectId is not null)
        {
            var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProjectId, cancellationToken)
                ?? throw KeystoneValidation.Missing("project_id", "limit");
            if (project.IsDomain)
            {
                // Keystone treats a limit on a project acting as a domain as that domain's limit.
                request.DomainId = request.ProjectId;
                request.ProjectId = null;
            }
        }

        if (request.DomainId is not null && !await db.Domains.AnyAsync(d => d.Id == request.DomainId, cancellationToken))
        {
            throw KeystoneValidation.Missing("domain_id", "limit");
        }
    }

    private static bool SameTarget(Limit a, Limit b) =>
        a.RegisteredLimitId == b.RegisteredLimitId && a.ProjectId == b.ProjectId && a.DomainId == b.DomainId;

    private sealed record LimitRequest(string? ProjectId, string? DomainId, string ServiceId, string? RegionId, string ResourceName, int ResourceLimit, string? Description)
    {
        public string? ProjectId { get; set; } = ProjectId;

        public string? DomainId { get; set; } = DomainId;
    }
}
