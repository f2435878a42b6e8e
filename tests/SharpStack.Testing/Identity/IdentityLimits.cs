using System.Text.Json.Nodes;

namespace SharpStack.Testing.Identity;

/// <summary>
/// One catalog service's unified limits in a real Identity, set through its REST API as the admin: registered (default)
/// limits and project limits in one region, as <c>openstack registered limit create</c> and <c>openstack limit create</c> do.
/// </summary>
public sealed class IdentityLimits(IdentityAdminClient admin, string serviceId, string regionId = IdentityServer.RegionName)
{
    /// <summary>Deletes the service's project limits, then its registered limits.</summary>
    public async Task ClearAsync()
    {
        foreach (var id in await IdsAsync("limits", string.Empty))
        {
            await admin.SendAsync(HttpMethod.Delete, $"v3/limits/{id}");
        }

        foreach (var id in await IdsAsync("registered_limits", string.Empty))
        {
            await admin.SendAsync(HttpMethod.Delete, $"v3/registered_limits/{id}");
        }
    }

    /// <summary>Registers <paramref name="resource"/> with <paramref name="defaultLimit"/>, or changes the default of its registration.</summary>
    public async Task RegisterAsync(string resource, long defaultLimit)
    {
        var existing = (await IdsAsync("registered_limits", Query(resource))).SingleOrDefault();
        if (existing is not null)
        {
            await admin.SendAsync(HttpMethod.Patch, $"v3/registered_limits/{existing}", new JsonObject
            {
                ["registered_limit"] = new JsonObject { ["default_limit"] = defaultLimit },
            });
            return;
        }

        var limit = Scope(resource);
        limit["default_limit"] = defaultLimit;
        await admin.SendAsync(HttpMethod.Post, "v3/registered_limits", new JsonObject { ["registered_limits"] = new JsonArray(limit) });
    }

    /// <summary>
    /// Sets the project's own limit on <paramref name="resource"/>; a resource not registered yet is first registered with a
    /// default of 0, which oslo.limit also assumes for a resource without any limit.
    /// </summary>
    public async Task SetProjectLimitAsync(string projectId, string resource, long limit)
    {
        if ((await IdsAsync("registered_limits", Query(resource))).Count == 0)
        {
            await RegisterAsync(resource, 0);
        }

        var existing = (await IdsAsync("limits", $"{Query(resource)}&project_id={Uri.EscapeDataString(projectId)}")).SingleOrDefault();
        if (existing is not null)
        {
            await admin.SendAsync(HttpMethod.Patch, $"v3/limits/{existing}", new JsonObject { ["limit"] = new JsonObject { ["resource_limit"] = limit } });
            return;
        }

        var body = Scope(resource);
        body["project_id"] = projectId;
        body["resource_limit"] = limit;
        await admin.SendAsync(HttpMethod.Post, "v3/limits", new JsonObject { ["limits"] = new JsonArray(body) });
    }

    private static string Query(string resource) => $"&resource_name={Uri.EscapeDataString(resource)}";

    private JsonObject Scope(string resource) => new()
    {
        ["service_id"] = serviceId,
        ["region_id"] = regionId,
        ["resource_name"] = resource,
    };

    private async Task<List<string>> IdsAsync(string collection, string query)
    {
        var list = await admin.SendAsync(
            HttpMethod.Get, $"v3/{collection}?service_id={Uri.EscapeDataString(serviceId)}&region_id={Uri.EscapeDataString(regionId)}{query}");
        return [.. list![collection]!.AsArray().Select(item => item!["id"]!.GetValue<string>())];
    }
}
