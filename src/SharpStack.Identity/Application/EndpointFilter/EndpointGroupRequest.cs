using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>
/// The <c>endpoint_group</c> of a create or update that keystone/catalog/schema.py has checked, with the checks
/// os_ep_filter.py makes after the schema.
/// </summary>
internal sealed record EndpointGroupRequest(JsonObject Body)
{
    private static readonly string[] FilterKeys = ["service_id", "region_id", "interface"];

    public string? Name => Body["name"]?.GetValue<string>();

    public bool HasDescription => Body.ContainsKey("description");

    public string? Description => Body["description"]?.GetValue<string>();

    public JsonObject? Filters => Body["filters"] as JsonObject;

    /// <summary>The create schema does not require <c>endpoint_group</c>: a body without one has no filters.</summary>
    public static EndpointGroupRequest ForCreate(JsonObject root)
    {
        var body = root["endpoint_group"] as JsonObject ?? [];
        if (body["filters"] is not JsonObject { Count: > 0 })
        {
            throw new BadRequestException("filters field is required and cannot be empty");
        }

        RequireValidFilter(body);
        return new EndpointGroupRequest(body);
    }

    public static EndpointGroupRequest ForUpdate(JsonObject root)
    {
        var body = root["endpoint_group"]!.AsObject();
        RequireValidFilter(body);
        return new EndpointGroupRequest(body);
    }

    /// <summary>os_ep_filter._require_valid_filter: only the three endpoint attributes may filter.</summary>
    private static void RequireValidFilter(JsonObject body)
    {
        if (body["filters"] is JsonObject filters && filters.Any(f => !FilterKeys.Contains(f.Key, StringComparer.Ordinal)))
        {
            throw new BadRequestException(
                "Expecting to find service_id or region_id or interface in endpoint_group. The server could not comply with the request " +
                "since it is either malformed or otherwise incorrect. The client is assumed to be in error.");
        }
    }
}
