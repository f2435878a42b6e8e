using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>
/// Keystone's trust defaults (keystone/common/policies/trust.py), each OR'ed with its deprecated rule as oslo.policy does
/// while enforce_new_defaults is off, as the other areas' rules here are.
/// </summary>
internal static class TrustPolicies
{
    public const string CreateTrust = "identity:create_trust";
    public const string ListTrusts = "identity:list_trusts";
    public const string ListTrustsForTrustor = "identity:list_trusts_for_trustor";
    public const string ListTrustsForTrustee = "identity:list_trusts_for_trustee";
    public const string ListRolesForTrust = "identity:list_roles_for_trust";
    public const string GetRoleForTrust = "identity:get_role_for_trust";
    public const string DeleteTrust = "identity:delete_trust";
    public const string GetTrust = "identity:get_trust";

    private const string Trustor = "user_id:%(target.trust.trustor_user_id)s";
    private const string Trustee = "user_id:%(target.trust.trustee_user_id)s";
    private const string SystemAdmin = "role:admin and system_scope:all";
    private const string SystemReaderOrTrustorOrTrustee = "(" + SystemReader + ") or " + Trustor + " or " + Trustee;
    private const string SystemReaderOrTrustor = "(" + SystemReader + ") or " + Trustor;
    private const string SystemReaderOrTrustee = "(" + SystemReader + ") or " + Trustee;

    private static readonly string[] Project = [PolicyScopeTypes.Project];

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new("trust_owner", "user_id:%(trust.trustor_user_id)s"),
        new(CreateTrust, "rule:trust_owner", "Create trust.", Project, [new("POST", "/v3/OS-TRUST/trusts")]),
        new(ListTrusts, "(" + SystemReader + ") or " + AdminRequired, "List trusts.", SystemProject, [new("GET", "/v3/OS-TRUST/trusts")]),
        new(ListTrustsForTrustor, SystemReaderOrTrustor, "List trusts for trustor.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts?trustor_user_id={trustor_user_id}")]),
        new(ListTrustsForTrustee, SystemReaderOrTrustee, "List trusts for trustee.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts?trustee_user_id={trustee_user_id}")]),
        new(ListRolesForTrust, SystemReaderOrTrustorOrTrustee, "List roles delegated by a trust.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts/{trust_id}/roles")]),
        new(GetRoleForTrust, SystemReaderOrTrustorOrTrustee, "Check if trust delegates a particular role.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts/{trust_id}/roles/{role_id}")]),
        new(DeleteTrust, "(" + SystemAdmin + ") or " + Trustor, "Revoke trust.", SystemProject, [new("DELETE", "/v3/OS-TRUST/trusts/{trust_id}")]),
        new(GetTrust, SystemReaderOrTrustorOrTrustee, "Get trust.", SystemProject, [new("GET", "/v3/OS-TRUST/trusts/{trust_id}")]),
    ];
}
