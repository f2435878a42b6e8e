using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Regions, services and endpoints (keystone/common/policies/{region,service,endpoint}.py).</summary>
internal static class CatalogPolicies
{
    public const string GetRegion = "identity:get_region";
    public const string ListRegions = "identity:list_regions";
    public const string CreateRegion = "identity:create_region";
    public const string UpdateRegion = "identity:update_region";
    public const string DeleteRegion = "identity:delete_region";
    public const string GetService = "identity:get_service";
    public const string ListServices = "identity:list_services";
    public const string CreateService = "identity:create_service";
    public const string UpdateService = "identity:update_service";
    public const string DeleteService = "identity:delete_service";
    public const string GetEndpoint = "identity:get_endpoint";
    public const string ListEndpoints = "identity:list_endpoints";
    public const string CreateEndpoint = "identity:create_endpoint";
    public const string UpdateEndpoint = "identity:update_endpoint";
    public const string DeleteEndpoint = "identity:delete_endpoint";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetRegion, Anyone, "Show region details.", SystemDomainProject),
        new(ListRegions, Anyone, "List regions.", SystemDomainProject),
        new(CreateRegion, AdminRequired, "Create region.", SystemProject),
        new(UpdateRegion, AdminRequired, "Update region.", SystemProject),
        new(DeleteRegion, AdminRequired, "Delete region.", SystemProject),
        new(GetService, AdminOrSystemReader, "Show service details.", SystemProject),
        new(ListServices, AdminOrSystemReader, "List services.", SystemProject),
        new(CreateService, AdminRequired, "Create service.", SystemProject),
        new(UpdateService, AdminRequired, "Update service.", SystemProject),
        new(DeleteService, AdminRequired, "Delete service.", SystemProject),
        new(GetEndpoint, AdminOrSystemReader, "Show endpoint details.", SystemProject),
        new(ListEndpoints, AdminOrSystemReader, "List endpoints.", SystemProject),
        new(CreateEndpoint, AdminRequired, "Create endpoint.", SystemProject),
        new(UpdateEndpoint, AdminRequired, "Update endpoint.", SystemProject),
        new(DeleteEndpoint, AdminRequired, "Delete endpoint.", SystemProject),
    ];
}
