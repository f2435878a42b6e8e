using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Roles;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Catalog;

/// <summary>Catalog services; deleting one deletes its endpoints.</summary>
internal sealed class ServiceService(IdentityDbContext db)
{
    private static readonly string[] Known = ["type", "name", "enabled", "description"];

    public async Task<Service> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException($"Could not find service: {id}.");

    public async Task<List<Service>> ListAsync(string? type, string? name, CancellationToken cancellationToken)
    {
        var query = db.Services.AsNoTracking();
        if (type is not null)
        {
            query = query.Where(s => s.Type == type);
        }

        if (name is not null)
        {
            query = query.Where(s => s.Name == name);
        }

        return await query.OrderBy(s => s.Type).ThenBy(s => s.Name).ToListAsync(cancellationToken);
    }

    public async Task<Service> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var service = new Service
        {
            Id = KeystoneIds.New(),
            Type = ResourceValidation.RequiredString(body, "service", "type", Service.TypeMaxLength),
            Name = ResourceValidation.OptionalString(body, "name", Service.NameMaxLength, minLength: 1) ?? "",
            Description = ResourceValidation.OptionalString(body, "description"),
            Enabled = ResourceValidation.OptionalBool(body, "enabled") ?? true,
            Extra = ResourceValidation.Extra(body, null, Known),
        };
        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    public async Task<Service> UpdateAsync(string id, JsonObject body, CancellationToken cancellationToken)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Could not find service: {id}.");
        if (body.TryGetPropertyValue("id", out var bodyId) && bodyId?.ToString() != id)
        {
            throw new BadRequestException("Cannot change ID");
        }

        if (body.ContainsKey("type"))
        {
            service.Type = ResourceValidation.RequiredString(body, "service", "type", Service.TypeMaxLength);
        }

        if (body.ContainsKey("name"))
        {
            service.Name = ResourceValidation.OptionalString(body, "name", Service.NameMaxLength, minLength: 1) ?? "";
        }

        if (body.ContainsKey("description"))
        {
            service.Description = ResourceValidation.OptionalString(body, "description");
        }

        service.Enabled = ResourceValidation.OptionalBool(body, "enabled") ?? service.Enabled;
        service.Extra = ResourceValidation.Extra(body, service.Extra, Known);
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    /// <summary>Deletes the service and its endpoints, unless registered limits name it (403; the limits would lose their service).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Could not find service: {id}.");
        if (await db.RegisteredLimits.AnyAsync(l => l.ServiceId == id, cancellationToken))
        {
            throw new ForbiddenException($"Unable to delete service {id} because it has associated registered limits; delete them first.");
        }

        var endpoints = await db.Endpoints.Where(e => e.ServiceId == id).ToListAsync(cancellationToken);
        var endpointIds = endpoints.Select(e => e.Id).ToList();
        db.PolicyAssociations.RemoveRange(await db.PolicyAssociations
            .Where(a => a.ServiceId == id || (a.EndpointId != null && endpointIds.Contains(a.EndpointId))).ToListAsync(cancellationToken));
        db.Endpoints.RemoveRange(endpoints);
        db.Services.Remove(service);
        await db.SaveChangesAsync(cancellationToken);
    }
}
