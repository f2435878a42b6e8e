using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Roles;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Catalog;

/// <summary>Catalog endpoints, with the legacy <c>region</c> field that creates its region (keystone/api/endpoints.py).</summary>
internal sealed class EndpointService(IdentityDbContext db)
{
    private const int UrlMaxLength = 225;
    private static readonly string[] Known = ["service_id", "interface", "url", "region_id", "region", "enabled"];

    public async Task<Endpoint> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.Endpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new NotFoundException($"Could not find endpoint: {id}.");

    public async Task<List<Endpoint>> ListAsync(string? endpointInterface, string? serviceId, string? regionId, CancellationToken cancellationToken)
    {
        var query = db.Endpoints.AsNoTracking();
        if (endpointInterface is not null)
        {
            query = query.Where(e => e.Interface == endpointInterface);
        }

        if (serviceId is not null)
        {
            query = query.Where(e => e.ServiceId == serviceId);
        }

        if (regionId is not null)
        {
            query = query.Where(e => e.RegionId == regionId);
        }

        return await query.OrderBy(e => e.ServiceId).ThenBy(e => e.Interface).ToListAsync(cancellationToken);
    }

    public async Task<Endpoint> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var serviceId = ResourceValidation.RequiredString(body, "endpoint", "service_id", KeystoneIds.MaxLength, minLength: 0);
        var endpointInterface = ResourceValidation.RequiredString(body, "endpoint", "interface", EndpointInterface.MaxLength, minLength: 0);
        var url = ResourceValidation.RequiredString(body, "endpoint", "url", UrlMaxLength, minLength: 0);
        var enabled = ResourceValidation.OptionalBool(body, "enabled");
        var regionId = await RegionAsync(body, cancellationToken);
        await EnsureServiceAsync(serviceId, cancellationToken);
        var endpoint = new Endpoint
        {
            Id = KeystoneIds.New(),
            ServiceId = serviceId,
            Interface = endpointInterface,
            Url = url,
            RegionId = regionId,
            Enabled = enabled ?? true,
            Extra = ResourceValidation.Extra(body, null, Known),
        };
        db.Endpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return endpoint;
    }

    public async Task<Endpoint> UpdateAsync(string id, JsonObject body, CancellationToken cancellationToken)
    {
        var endpoint = await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Could not find endpoint: {id}.");
        if (body.TryGetPropertyValue("id", out var bodyId) && bodyId?.ToString() != id)
        {
            throw new BadRequestException("Cannot change ID");
        }

        if (body.ContainsKey("interface"))
        {
            endpoint.Interface = ResourceValidation.RequiredString(body, "endpoint", "interface", EndpointInterface.MaxLength, minLength: 0);
        }

        if (body.ContainsKey("url"))
        {
            endpoint.Url = ResourceValidation.RequiredString(body, "endpoint", "url", UrlMaxLength, minLength: 0);
        }

        if (body.ContainsKey("service_id"))
        {
            var serviceId = ResourceValidation.RequiredString(body, "endpoint", "service_id", KeystoneIds.MaxLength, minLength: 0);
            await EnsureServiceAsync(serviceId, cancellationToken);
            endpoint.ServiceId = serviceId;
        }

        if (body.ContainsKey("region_id") || body.ContainsKey("region"))
        {
            endpoint.RegionId = await RegionAsync(body, cancellationToken);
        }

        endpoint.Enabled = ResourceValidation.OptionalBool(body, "enabled") ?? endpoint.Enabled;
        endpoint.Extra = ResourceValidation.Extra(body, endpoint.Extra, Known);
        await db.SaveChangesAsync(cancellationToken);
        return endpoint;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var endpoint = await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Could not find endpoint: {id}.");
        db.PolicyAssociations.RemoveRange(await db.PolicyAssociations.Where(a => a.EndpointId == id).ToListAsync(cancellationToken));
        db.Endpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
    }

    // region_id must name a region; the legacy region names one too, but creates it when it does not exist yet.
    private async Task<string?> RegionAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var regionId = ResourceValidation.OptionalString(body, "region_id");
        var legacy = ResourceValidation.OptionalString(body, "region");
        if (regionId is null && legacy is not null)
        {
            if (!await db.Regions.AnyAsync(r => r.Id == legacy, cancellationToken))
            {
                db.Regions.Add(new Region { Id = legacy });
            }

            return legacy;
        }

        if (regionId is not null && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            throw new BadRequestException(Expecting("endpoint region_id", "region table"));
        }

        return regionId;
    }

    private async Task EnsureServiceAsync(string serviceId, CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            throw new BadRequestException(Expecting("endpoint service_id", "service table"));
        }
    }

    private static string Expecting(string attribute, string target) =>
        $"Expecting to find {attribute} in {target}. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.";
}
