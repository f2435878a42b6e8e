using System.Text.Json;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Hosting.Auth;

namespace SharpStack.Image.Application.Quotas;

/// <summary>
/// Finds this service's endpoint in Identity as oslo.limit does: by <c>endpoint_id</c>, or by service type/name,
/// region and interface. The answer is kept for the life of the process; a failed lookup is retried next time.
/// </summary>
internal sealed class LimitEndpointResolver(IIdentityServiceClient identity, IOptions<OsloLimitOptions> options)
{
    private const string DefaultServiceType = "image";
    private LimitEndpoint? _resolved;

    public async Task<LimitEndpoint> ResolveAsync(CancellationToken cancellationToken) =>
        _resolved ??= await LookUpAsync(options.Value, cancellationToken);

    private async Task<LimitEndpoint> LookUpAsync(OsloLimitOptions settings, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(settings.EndpointId))
        {
            using var endpoint = await identity.GetAsync($"v3/endpoints/{Uri.EscapeDataString(settings.EndpointId)}", cancellationToken);
            return ToLimitEndpoint(endpoint.RootElement.GetProperty("endpoint"));
        }

        var serviceType = settings.EndpointServiceType ?? (settings.EndpointServiceName is null ? DefaultServiceType : null);
        var serviceId = await FindServiceIdAsync(serviceType, settings.EndpointServiceName, cancellationToken);
        var regionId = settings.EndpointRegionName is null ? null : await FindRegionIdAsync(settings.EndpointRegionName, cancellationToken);
        var endpointInterface = settings.EndpointInterface.EndsWith("URL", StringComparison.Ordinal)
            ? settings.EndpointInterface[..^3]
            : settings.EndpointInterface;
        var query = $"service_id={Uri.EscapeDataString(serviceId)}&interface={Uri.EscapeDataString(endpointInterface)}"
            + (regionId is null ? string.Empty : $"&region_id={Uri.EscapeDataString(regionId)}");
        using var endpoints = await identity.GetAsync($"v3/endpoints?{query}", cancellationToken);
        return ToLimitEndpoint(Single(endpoints.RootElement.GetProperty("endpoints"), "endpoint"));
    }

    private async Task<string> FindServiceIdAsync(string? type, string? name, CancellationToken cancellationToken)
    {
        var query = string.Join('&', new[] { ("type", type), ("name", name) }
            .Where(pair => pair.Item2 is not null)
            .Select(pair => $"{pair.Item1}={Uri.EscapeDataString(pair.Item2!)}"));
        using var services = await identity.GetAsync($"v3/services?{query}", cancellationToken);
        return Single(services.RootElement.GetProperty("services"), "service").GetProperty("id").GetString()!;
    }

    private async Task<string> FindRegionIdAsync(string name, CancellationToken cancellationToken)
    {
        using var region = await identity.GetAsync($"v3/regions/{Uri.EscapeDataString(name)}", cancellationToken);
        return region.RootElement.GetProperty("region").GetProperty("id").GetString()!;
    }

    private static JsonElement Single(JsonElement list, string kind) => list.GetArrayLength() switch
    {
        1 => list[0].Clone(),
        0 => throw new ServiceUnavailableException($"Unified limits are enabled but Identity lists no {kind} for [oslo_limit]; set endpoint_id or the endpoint_* options."),
        _ => throw new ServiceUnavailableException($"Unified limits are enabled but Identity lists several {kind}s for [oslo_limit]; set endpoint_id or narrow the endpoint_* options."),
    };

    private static LimitEndpoint ToLimitEndpoint(JsonElement endpoint) => new(
        endpoint.GetProperty("service_id").GetString()!,
        endpoint.TryGetProperty("region_id", out var region) && region.ValueKind == JsonValueKind.String ? region.GetString() : null);
}
