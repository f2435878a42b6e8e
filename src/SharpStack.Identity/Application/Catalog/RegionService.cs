using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Roles;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Catalog;

/// <summary>Catalog regions and their hierarchy (keystone.catalog.core.Manager's region calls).</summary>
internal sealed partial class RegionService(IdentityDbContext db)
{
    private static readonly string[] Known = ["description", "parent_region_id"];

    public async Task<Region> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException($"Could not find region: {id}.");

    public async Task<List<Region>> ListAsync(string? parentRegionId, CancellationToken cancellationToken)
    {
        var query = db.Regions.AsNoTracking();
        if (parentRegionId is not null)
        {
            query = query.Where(r => r.ParentRegionId == parentRegionId);
        }

        return await query.OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<Region> CreateAsync(JsonObject body, string? pathId, CancellationToken cancellationToken)
    {
        var id = ResourceValidation.OptionalString(body, "id", Region.IdMaxLength);
        if (pathId is not null && id is not null && id != pathId)
        {
            throw new BadRequestException($"Conflicting region IDs specified: \"{pathId}\" != \"{id}\"");
        }

        if (pathId?.Length > Region.IdMaxLength)
        {
            throw ResourceValidation.Invalid("id", $"'{pathId}' is too long");
        }

        id = pathId ?? (string.IsNullOrEmpty(id) ? KeystoneIds.New() : id);
        if (!RegionId().IsMatch(id))
        {
            throw ResourceValidation.Invalid("id", $"'{id}' does not match '^[a-zA-Z0-9-]+$'");
        }

        if (await db.Regions.AnyAsync(r => r.Id == id, cancellationToken))
        {
            throw new ConflictException($"Conflict occurred attempting to store region - Duplicate ID, {id}.");
        }

        var region = new Region
        {
            Id = id,
            Description = ResourceValidation.OptionalString(body, "description", Region.DescriptionMaxLength) ?? "",
            ParentRegionId = await ParentAsync(body, null, cancellationToken),
            Extra = ResourceValidation.Extra(body, null, Known),
        };
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return region;
    }

    public async Task<Region> UpdateAsync(string id, JsonObject body, CancellationToken cancellationToken)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Could not find region: {id}.");
        if (body.TryGetPropertyValue("id", out var bodyId) && bodyId?.ToString() != id)
        {
            throw new BadRequestException("Cannot change ID");
        }

        if (body.ContainsKey("description"))
        {
            region.Description = ResourceValidation.OptionalString(body, "description", Region.DescriptionMaxLength) ?? "";
        }

        if (body.ContainsKey("parent_region_id"))
        {
            region.ParentRegionId = await ParentAsync(body, id, cancellationToken);
        }

        region.Extra = ResourceValidation.Extra(body, region.Extra, Known);
        await db.SaveChangesAsync(cancellationToken);
        return region;
    }

    /// <summary>Deletes the region and its descendants, unless one of them has endpoints (403, as Keystone) or registered limits (403 too: limits would lose their region).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.ToListAsync(cancellationToken);
        var region = regions.FirstOrDefault(r => r.Id == id) ?? throw new NotFoundException($"Could not find region: {id}.");
        var doomed = new List<Region> { region };
        for (var i = 0; i < doomed.Count; i++)
        {
            doomed.AddRange(regions.Where(r => r.ParentRegionId == doomed[i].Id && !doomed.Contains(r)));
        }

        var ids = doomed.Select(r => r.Id).ToList();
        if (await db.Endpoints.AnyAsync(e => e.RegionId != null && ids.Contains(e.RegionId), cancellationToken))
        {
            throw new ForbiddenException($"Unable to delete region {id} because it or its child regions have associated endpoints.");
        }

        if (await db.RegisteredLimits.AnyAsync(l => l.RegionId != null && ids.Contains(l.RegionId), cancellationToken))
        {
            throw new ForbiddenException($"Unable to delete region {id} because it or its child regions have associated registered limits; delete them first.");
        }

        // Parent links are cut first so that the rows can go in any order; one transaction keeps the two steps whole.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var doomedRegion in doomed)
        {
            doomedRegion.ParentRegionId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.PolicyAssociations.RemoveRange(await db.PolicyAssociations
            .Where(a => a.RegionId != null && ids.Contains(a.RegionId)).ToListAsync(cancellationToken));
        db.Regions.RemoveRange(doomed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<string?> ParentAsync(JsonObject body, string? regionId, CancellationToken cancellationToken)
    {
        var parentId = ResourceValidation.OptionalString(body, "parent_region_id", Region.IdMaxLength);
        if (parentId is null)
        {
            return null;
        }

        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.ParentRegionId, cancellationToken);
        if (!regions.ContainsKey(parentId))
        {
            throw new NotFoundException($"Could not find region: {parentId}.");
        }

        for (var current = (string?)parentId; regionId is not null && current is not null; current = regions.GetValueOrDefault(current))
        {
            if (current == regionId)
            {
                throw new BadRequestException($"The specified parent region {parentId} would create a circular region hierarchy.");
            }
        }

        return parentId;
    }

    [GeneratedRegex("^[a-zA-Z0-9-]+$")]
    private static partial Regex RegionId();
}
