using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application;

/// <summary>
/// Ensures the region, the catalog services and their three endpoints each, updating URLs that changed, and registers
/// the services' default limits that are missing (limits an operator changed are left alone).
/// </summary>
internal sealed class CatalogBootstrapper(IdentityDbContext db)
{
    public async Task EnsureAsync(string regionId, IEnumerable<CatalogService> catalog, CancellationToken cancellationToken)
    {
        if (await db.Regions.FindAsync([regionId], cancellationToken) is null)
        {
            db.Regions.Add(new Region { Id = regionId });
        }
        foreach (var entry in catalog.DistinctBy(s => (s.Type, s.Name)))
        {
            var service = await EnsureServiceAsync(entry, cancellationToken);
            await EnsureEndpointsAsync(service, regionId, entry, cancellationToken);
            await EnsureRegisteredLimitsAsync(service, regionId, entry, cancellationToken);
        }
    }

    private async Task EnsureRegisteredLimitsAsync(Service service, string regionId, CatalogService entry, CancellationToken cancellationToken)
    {
        foreach (var (resourceName, defaultLimit) in entry.RegisteredLimits ?? new Dictionary<string, int>())
        {
            var registered = await db.RegisteredLimits.AnyAsync(
                l => l.ServiceId == service.Id && l.RegionId == regionId && l.ResourceName == resourceName, cancellationToken);
            if (!registered)
            {
                db.RegisteredLimits.Add(new RegisteredLimit
                {
                    Id = KeystoneIds.New(), ServiceId = service.Id, RegionId = regionId, ResourceName = resourceName, DefaultLimit = defaultLimit,
                });
            }
        }
    }

    private async Task<Service> EnsureServiceAsync(CatalogService entry, CancellationToken cancellationToken)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Type == entry.Type && s.Name == entry.Name, cancellationToken);
        if (service is null)
        {
            service = new Service { Id = KeystoneIds.New(), Type = entry.Type, Name = entry.Name };
            db.Services.Add(service);
        }
        return service;
    }

    private async Task EnsureEndpointsAsync(Service service, string regionId, CatalogService entry, CancellationToken cancellationToken)
    {
        var endpoints = await db.Endpoints
            .Where(e => e.ServiceId == service.Id && e.RegionId == regionId)
            .ToListAsync(cancellationToken);
        foreach (var endpointInterface in EndpointInterface.All)
        {
            var url = entry.UrlFor(endpointInterface);
            var endpoint = endpoints.FirstOrDefault(e => e.Interface == endpointInterface);
            if (endpoint is null)
            {
                db.Endpoints.Add(new Endpoint
                {
                    Id = KeystoneIds.New(),
                    ServiceId = service.Id,
                    RegionId = regionId,
                    Interface = endpointInterface,
                    Url = url,
                });
            }
            else if (endpoint.Url != url)
            {
                endpoint.Url = url;
            }
        }
    }
}
