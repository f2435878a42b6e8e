using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>Endpoint groups and their association with projects (keystone/catalog/backends/sql.py).</summary>
internal sealed class EndpointGroupService(IdentityDbContext db)
{
    public async Task<IReadOnlyList<EndpointGroup>> ListAsync(string? name, CancellationToken cancellationToken)
    {
        var query = db.EndpointGroups.AsNoTracking();
        if (name is not null)
        {
            query = query.Where(g => g.Name == name);
        }

        return await query.OrderBy(g => g.Id).ToListAsync(cancellationToken);
    }

    public async Task<EndpointGroup> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.EndpointGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw NotFound(id);

    public async Task<EndpointGroup> CreateAsync(EndpointGroupRequest request, CancellationToken cancellationToken)
    {
        var group = new EndpointGroup
        {
            Id = KeystoneIds.New(),
            Name = request.Name!,
            Description = request.Description,
            Filters = (JsonObject)request.Filters!.DeepClone(),
        };
        db.EndpointGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    public async Task<EndpointGroup> UpdateAsync(string id, EndpointGroupRequest request, CancellationToken cancellationToken)
    {
        var group = await db.EndpointGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw NotFound(id);
        group.Name = request.Name ?? group.Name;
        group.Description = request.HasDescription ? request.Description : group.Description;
        group.Filters = request.Filters is null ? group.Filters : (JsonObject)request.Filters.DeepClone();
        await db.SaveChangesAsync(cancellationToken);
        return group;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ProjectEndpointGroups.Where(m => m.EndpointGroupId == id).ExecuteDeleteAsync(cancellationToken);
        await db.EndpointGroups.Where(g => g.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The catalog's endpoints whose attributes equal every filter of the group.</summary>
    public async Task<IReadOnlyList<Endpoint>> EndpointsAsync(string id, CancellationToken cancellationToken)
    {
        var group = await GetAsync(id, cancellationToken);
        var endpoints = await db.Endpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return [.. endpoints.Where(e => Matches(e, group.Filters))];
    }

    public async Task<IReadOnlyList<string>> ProjectIdsAsync(string id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        return await db.ProjectEndpointGroups.AsNoTracking().Where(m => m.EndpointGroupId == id)
            .OrderBy(m => m.ProjectId).Select(m => m.ProjectId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EndpointGroup>> ForProjectAsync(string projectId, CancellationToken cancellationToken)
    {
        var ids = db.ProjectEndpointGroups.Where(m => m.ProjectId == projectId).Select(m => m.EndpointGroupId);
        return await db.EndpointGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).OrderBy(g => g.Id).ToListAsync(cancellationToken);
    }

    public async Task CheckInProjectAsync(string id, string projectId, CancellationToken cancellationToken)
    {
        if (!await db.ProjectEndpointGroups.AnyAsync(m => m.EndpointGroupId == id && m.ProjectId == projectId, cancellationToken))
        {
            throw new NotFoundException("Endpoint Group Project Association not found");
        }
    }

    public async Task AddToProjectAsync(string id, string projectId, CancellationToken cancellationToken)
    {
        if (await db.ProjectEndpointGroups.AnyAsync(m => m.EndpointGroupId == id && m.ProjectId == projectId, cancellationToken))
        {
            throw ResourceErrors.Conflict("project_endpoint_group", "Duplicate entry");
        }

        db.ProjectEndpointGroups.Add(new ProjectEndpointGroup { EndpointGroupId = id, ProjectId = projectId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new ConflictException("Conflict occurred attempting to store project_endpoint_group - Duplicate entry.", null, exception);
        }
    }

    public async Task RemoveFromProjectAsync(string id, string projectId, CancellationToken cancellationToken)
    {
        await CheckInProjectAsync(id, projectId, cancellationToken);
        await db.ProjectEndpointGroups.Where(m => m.EndpointGroupId == id && m.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);
    }

    public static bool Matches(Endpoint endpoint, JsonObject filters) => filters.All(f => f.Key switch
    {
        "interface" => Equals(endpoint.Interface, f.Value),
        "service_id" => Equals(endpoint.ServiceId, f.Value),
        "region_id" => Equals(endpoint.RegionId, f.Value),
        "enabled" => f.Value is not null && f.Value.GetValue<bool>() == endpoint.Enabled,
        _ => false,
    });

    private static bool Equals(string? value, JsonNode? filter) => filter is null ? value is null : value == filter.ToString();

    private static NotFoundException NotFound(string id) => new($"Could not find Endpoint Group: {id}.");
}
