using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>OS-ENDPOINT-POLICY (keystone/common/policies/policy_association.py): admins manage, system readers read.</summary>
internal static class PolicyAssociationPolicies
{
    public const string CreateForEndpoint = "identity:create_policy_association_for_endpoint";
    public const string CheckForEndpoint = "identity:check_policy_association_for_endpoint";
    public const string DeleteForEndpoint = "identity:delete_policy_association_for_endpoint";
    public const string CreateForService = "identity:create_policy_association_for_service";
    public const string CheckForService = "identity:check_policy_association_for_service";
    public const string DeleteForService = "identity:delete_policy_association_for_service";
    public const string CreateForRegionAndService = "identity:create_policy_association_for_region_and_service";
    public const string CheckForRegionAndService = "identity:check_policy_association_for_region_and_service";
    public const string DeleteForRegionAndService = "identity:delete_policy_association_for_region_and_service";
    public const string GetPolicyForEndpoint = "identity:get_policy_for_endpoint";
    public const string ListEndpointsForPolicy = "identity:list_endpoints_for_policy";

    private const string Endpoint = "/v3/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}";
    private const string Service = "/v3/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}";
    private const string RegionAndService = "/v3/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}";
    private const string EndpointPolicy = "/v3/endpoints/{endpoint_id}/OS-ENDPOINT-POLICY/policy";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(CreateForEndpoint, AdminRequired, "Associate a policy to a specific endpoint.", SystemProject, [new("PUT", Endpoint)]),
        new(CheckForEndpoint, AdminOrSystemReader, "Check policy association for endpoint.", SystemProject, [new("GET", Endpoint), new("HEAD", Endpoint)]),
        new(DeleteForEndpoint, AdminRequired, "Delete policy association for endpoint.", SystemProject, [new("DELETE", Endpoint)]),
        new(CreateForService, AdminRequired, "Associate a policy to a specific service.", SystemProject, [new("PUT", Service)]),
        new(CheckForService, AdminOrSystemReader, "Check policy association for service.", SystemProject, [new("GET", Service), new("HEAD", Service)]),
        new(DeleteForService, AdminRequired, "Delete policy association for service.", SystemProject, [new("DELETE", Service)]),
        new(CreateForRegionAndService, AdminRequired, "Associate a policy to a specific region and service combination.", SystemProject, [new("PUT", RegionAndService)]),
        new(CheckForRegionAndService, AdminOrSystemReader, "Check policy association for region and service.", SystemProject,
            [new("GET", RegionAndService), new("HEAD", RegionAndService)]),
        new(DeleteForRegionAndService, AdminRequired, "Delete policy association for region and service.", SystemProject, [new("DELETE", RegionAndService)]),
        new(GetPolicyForEndpoint, AdminOrSystemReader, "Get policy for endpoint.", SystemProject, [new("GET", EndpointPolicy), new("HEAD", EndpointPolicy)]),
        new(ListEndpointsForPolicy, AdminOrSystemReader, "List endpoints for policy.", SystemProject,
            [new("GET", "/v3/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints")]),
    ];
}
