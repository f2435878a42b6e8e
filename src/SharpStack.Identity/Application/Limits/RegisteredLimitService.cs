using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Limits;

/// <summary>Registered limits: the default limit of a service's resource (keystone/limit/core.py and backends/sql.py).</summary>
internal sealed class RegisteredLimitService(IdentityDbContext db)
{
    public async Task<IReadOnlyList<RegisteredLimit>> ListAsync(string? serviceId, string? regionId, string? resourceName, CancellationToken cancellationToken)
    {
        var query = db.RegisteredLimits.AsNoTracking();
        query = serviceId is null ? query : query.Where(r => r.ServiceId == serviceId);
        query = regionId is null ? query : query.Where(r => r.RegionId == regionId);
        query = resourceName is null ? query : query.Where(r => r.ResourceName == resourceName);
        return await query.OrderBy(r => r.InternalId).ToListAsync(cancellationToken);
    }

    public async Task<RegisteredLimit> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.RegisteredLimits.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw UnifiedLimitErrors.RegisteredLimitNotFound(id);

    /// <summary>Creates a batch, all or none, of bodies keystone/limit/schema.py registered_limits_create_request_body has checked.</summary>
    public async Task<IReadOnlyList<RegisteredLimit>> CreateAsync(JsonObject root, CancellationToken cancellationToken)
    {
        var created = root["registered_limits"]!.AsArray().Select(node => node!.AsObject()).Select(item => new RegisteredLimit
        {
            Id = KeystoneIds.New(),
            ServiceId = LimitFields.String(item, "service_id")!,
            RegionId = LimitFields.String(item, "region_id"),
            ResourceName = LimitFields.String(item, "resource_name")!,
            DefaultLimit = LimitFields.Integer(item, "default_limit")!.Value,
            Description = LimitFields.String(item, "description"),
        }).ToList();

        foreach (var limit in created)
        {
            await AssertReferencesExistAsync(limit.ServiceId, limit.RegionId, cancellationToken);
        }

        foreach (var (limit, index) in created.Select((limit, index) => (limit, index)))
        {
            if (created.Take(index).Any(other => SameResource(other, limit)) || await ExistsAsync(limit, null, cancellationToken))
            {
                throw UnifiedLimitErrors.Duplicate("registered_limit");
            }
        }

        db.RegisteredLimits.AddRange(created);
        await SaveAsync(cancellationToken);
        return created;
    }

    /// <summary>Applies a body keystone/limit/schema.py registered_limit_update_request_body has checked; an empty one changes nothing.</summary>
    public async Task<RegisteredLimit> UpdateAsync(string id, JsonObject root, CancellationToken cancellationToken)
    {
        var body = root["registered_limit"]!.AsObject();
        var serviceId = LimitFields.String(body, "service_id");
        var regionId = LimitFields.String(body, "region_id");
        var resourceName = LimitFields.String(body, "resource_name");
        var defaultLimit = LimitFields.Integer(body, "default_limit");
        var description = LimitFields.String(body, "description");
        await AssertReferencesExistAsync(serviceId, regionId, cancellationToken);

        var limit = await db.RegisteredLimits.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw UnifiedLimitErrors.RegisteredLimitNotFound(id);
        await AssertUnreferencedAsync(limit.Id, cancellationToken);
        limit.ServiceId = serviceId ?? limit.ServiceId;
        limit.RegionId = body.ContainsKey("region_id") ? regionId : limit.RegionId;
        limit.ResourceName = resourceName ?? limit.ResourceName;
        limit.DefaultLimit = defaultLimit ?? limit.DefaultLimit;
        limit.Description = body.ContainsKey("description") ? description : limit.Description;
        if ((serviceId is not null || body.ContainsKey("region_id") || resourceName is not null) && await ExistsAsync(limit, limit.Id, cancellationToken))
        {
            throw UnifiedLimitErrors.Duplicate("registered_limit");
        }

        await SaveAsync(cancellationToken);
        return limit;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var limit = await db.RegisteredLimits.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw UnifiedLimitErrors.RegisteredLimitNotFound(id);
        await AssertUnreferencedAsync(limit.Id, cancellationToken);
        db.RegisteredLimits.Remove(limit);
        await SaveAsync(cancellationToken);
    }

    public static JsonObject ToJson(RegisteredLimit limit, Uri baseUri) => new()
    {
        ["id"] = limit.Id,
        ["service_id"] = limit.ServiceId,
        ["region_id"] = limit.RegionId,
        ["resource_name"] = limit.ResourceName,
        ["default_limit"] = limit.DefaultLimit,
        ["description"] = limit.Description,
        ["links"] = ResourceLinks.Member(baseUri, "registered_limits", limit.Id),
    };

    /// <summary>A missing service or region is Keystone's 400 naming the field.</summary>
    internal static async Task AssertCatalogReferencesAsync(IdentityDbContext db, string? serviceId, string? regionId, string target, CancellationToken cancellationToken)
    {
        if (serviceId is not null && !await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            throw KeystoneValidation.Missing("service_id", target);
        }

        if (regionId is not null && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            throw KeystoneValidation.Missing("region_id", target);
        }
    }

    private Task AssertReferencesExistAsync(string? serviceId, string? regionId, CancellationToken cancellationToken) =>
        AssertCatalogReferencesAsync(db, serviceId, regionId, "registered_limit", cancellationToken);

    private async Task AssertUnreferencedAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Limits.AnyAsync(l => l.RegisteredLimitId == id, cancellationToken))
        {
            throw UnifiedLimitErrors.RegisteredLimitInUse(id);
        }
    }

    private Task<bool> ExistsAsync(RegisteredLimit limit, string? exceptId, CancellationToken cancellationToken) =>
        db.RegisteredLimits.AnyAsync(
            r => r.ServiceId == limit.ServiceId && r.RegionId == limit.RegionId && r.ResourceName == limit.ResourceName && r.Id != exceptId,
            cancellationToken);

    private static bool SameResource(RegisteredLimit a, RegisteredLimit b) =>
        a.ServiceId == b.ServiceId && a.RegionId == b.RegionId && a.ResourceName == b.ResourceName;

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new ConflictException("Conflict occurred attempting to store registered_limit - Duplicate entry.", null, exception);
        }
    }
}
