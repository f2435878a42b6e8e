using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>The <c>/v3/policies</c> blob store (keystone/common/policies/policy.py): admins, and system readers may read.</summary>
internal static class PolicyBlobPolicies
{
    public const string GetPolicy = "identity:get_policy";
    public const string ListPolicies = "identity:list_policies";
    public const string CreatePolicy = "identity:create_policy";
    public const string UpdatePolicy = "identity:update_policy";
    public const string DeletePolicy = "identity:delete_policy";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetPolicy, AdminOrSystemReader, "Show policy details.", SystemProject, [new("GET", "/v3/policies/{policy_id}")]),
        new(ListPolicies, AdminOrSystemReader, "List policies.", SystemProject, [new("GET", "/v3/policies")]),
        new(CreatePolicy, AdminRequired, "Create policy.", SystemProject, [new("POST", "/v3/policies")]),
        new(UpdatePolicy, AdminRequired, "Update policy.", SystemProject, [new("PATCH", "/v3/policies/{policy_id}")]),
        new(DeletePolicy, AdminRequired, "Delete policy.", SystemProject, [new("DELETE", "/v3/policies/{policy_id}")]),
    ];
}
