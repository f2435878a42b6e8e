using System.Text.Json.Nodes;

namespace SharpStack.Testing.Identity;

/// <summary>Lists services in a real Identity's catalog through its REST API, as <c>openstack service create</c> and <c>openstack endpoint create</c> do.</summary>
public static class IdentityCatalog
{
    private static readonly string[] Interfaces = ["public", "internal", "admin"];

    /// <summary>Creates the service and its public, internal and admin endpoints at <paramref name="url"/> in the region.</summary>
    /// <returns>The service's id.</returns>
    public static async Task<string> AddServiceAsync(
        this IdentityAdminClient admin, string type, string name, string url, string regionId = IdentityServer.RegionName)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var serviceId = await admin.CreateAsync("v3/services", "service", new JsonObject { ["type"] = type, ["name"] = name });
        foreach (var endpointInterface in Interfaces)
        {
            await admin.CreateAsync("v3/endpoints", "endpoint", new JsonObject
            {
                ["service_id"] = serviceId,
                ["interface"] = endpointInterface,
                ["url"] = url,
                ["region_id"] = regionId,
            });
        }

        return serviceId;
    }
}
