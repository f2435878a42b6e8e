using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Limits;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>The <c>endpoint_group</c> of a create or update, checked as keystone/catalog/schema.py and os_ep_filter.py check it.</summary>
internal sealed record EndpointGroupRequest(JsonObject Body)
{
    public static readonly string[] FilterKeys = ["service_id", "region_id", "interface"];

    private static readonly string[] Interfaces = ["admin", "internal", "public"];

    public string? Name => Body["name"]?.GetValue<string>();

    public bool HasDescription => Body.ContainsKey("description");

    public string? Description => Body["description"]?.GetValue<string>();

    public JsonObject? Filters => Body["filters"] as JsonObject;

    public static EndpointGroupRequest ForCreate(JsonObject root)
    {
        RequestSchema.AllowOnly(root, null, "endpoint_group");
        var body = RequestSchema.Member(root, "endpoint_group");
        Check(body);
        RequestSchema.Require(body, "endpoint_group", "name", "filters");
        if (body["filters"] is not JsonObject { Count: > 0 })
        {
            throw new BadRequestException("filters field is required and cannot be empty");
        }

        RequireValidFilter(body);
        return new EndpointGroupRequest(body);
    }

    public static EndpointGroupRequest ForUpdate(JsonObject root)
    {
        RequestSchema.AllowOnly(root, null, "endpoint_group");
        var body = RequestSchema.Member(root, "endpoint_group");
        Check(body);
        RequestSchema.RequireAny(body, "endpoint_group");
        if (body.ContainsKey("filters"))
        {
            RequireValidFilter(body);
        }

        return new EndpointGroupRequest(body);
    }

    private static void Check(JsonObject body)
    {
        RequestSchema.AllowOnly(body, "endpoint_group", "name", "description", "filters");
        RequestSchema.Name(body, "name");
        RequestSchema.String(body, "description", nullable: true);
        if (!body.TryGetPropertyValue("filters", out var filters))
        {
            return;
        }

        var filter = filters as JsonObject ?? throw RequestSchema.Invalid("filters", filters, $"{RequestSchema.Repr(filters)} is not of type 'object'");
        RequestSchema.String(filter, "service_id");
        RequestSchema.String(filter, "region_id", nullable: true);
        var endpointInterface = RequestSchema.String(filter, "interface");
        if (endpointInterface is not null && !Interfaces.Contains(endpointInterface, StringComparer.Ordinal))
        {
            throw RequestSchema.Invalid("interface", filter["interface"], $"'{endpointInterface}' is not one of ['admin', 'internal', 'public']");
        }

        if (filter.TryGetPropertyValue("enabled", out var enabled) && enabled?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw RequestSchema.Invalid("enabled", enabled, $"{RequestSchema.Repr(enabled)} is not of type 'boolean'");
        }
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
