using System.Text.Json;
using SharpStack.Hosting.Auth;

namespace SharpStack.Image.Application.Quotas;

/// <summary>Reads limits over Identity's REST API (<c>GET /v3/registered_limits</c>, <c>GET /v3/limits</c>), as oslo.limit's flat enforcement model does.</summary>
internal sealed class KeystoneLimitSource(IIdentityServiceClient identity, LimitEndpointResolver endpoints) : IProjectLimitSource
{
    public async Task<IReadOnlyDictionary<string, long>> GetLimitsAsync(string? projectId, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.ResolveAsync(cancellationToken);
        var scope = $"service_id={Uri.EscapeDataString(endpoint.ServiceId)}"
            + (endpoint.RegionId is null ? string.Empty : $"&region_id={Uri.EscapeDataString(endpoint.RegionId)}");
        var limits = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var registered = await identity.GetAsync($"v3/registered_limits?{scope}", cancellationToken))
        {
            Collect(registered, "registered_limits", "default_limit", limits);
        }

        if (projectId is not null)
        {
            using var project = await identity.GetAsync($"v3/limits?{scope}&project_id={Uri.EscapeDataString(projectId)}", cancellationToken);
            Collect(project, "limits", "resource_limit", limits);
        }

        return limits;
    }

    private static void Collect(JsonDocument document, string listName, string valueName, Dictionary<string, long> limits)
    {
        foreach (var item in document.RootElement.GetProperty(listName).EnumerateArray())
        {
            limits[item.GetProperty("resource_name").GetString()!] = item.GetProperty(valueName).GetInt64();
        }
    }
}
