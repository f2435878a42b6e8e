using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>
/// Keystone's trust defaults (keystone/common/policies/trust.py): admins, system readers, and the trustor or trustee;
/// only the trustor (or an admin) deletes.
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
    private const string AdminOrSystemReaderOrTrustorOrTrustee = "(" + AdminRequired + ") or (" + SystemReader + " or " + Trustor + " or " + Trustee + ")";
    private const string AdminOrSystemReaderOrTrustor = "(" + AdminRequired + ") or (" + SystemReader + " or " + Trustor + ")";
    private const string AdminOrSystemReaderOrTrustee = "(" + AdminRequired + ") or (" + SystemReader + " or " + Trustee + ")";

    private static readonly string[] Project = [PolicyScopeTypes.Project];

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new("trust_owner", "user_id:%(trust.trustor_user_id)s"),
        new(CreateTrust, "rule:trust_owner", "Create trust.", Project, [new("POST", "/v3/OS-TRUST/trusts")]),
        new(ListTrusts, "(" + SystemReader + ") or " + AdminRequired, "List trusts.", SystemProject, [new("GET", "/v3/OS-TRUST/trusts")]),
        new(ListTrustsForTrustor, AdminOrSystemReaderOrTrustor, "List trusts for trustor.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts?trustor_user_id={trustor_user_id}")]),
        new(ListTrustsForTrustee, AdminOrSystemReaderOrTrustee, "List trusts for trustee.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts?trustee_user_id={trustee_user_id}")]),
        new(ListRolesForTrust, AdminOrSystemReaderOrTrustorOrTrustee, "List roles delegated by a trust.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts/{trust_id}/roles")]),
        new(GetRoleForTrust, AdminOrSystemReaderOrTrustorOrTrustee, "Check if trust delegates a particular role.", SystemProject,
            [new("GET", "/v3/OS-TRUST/trusts/{trust_id}/roles/{role_id}")]),
        new(DeleteTrust, AdminRequired + " or " + Trustor, "Revoke trust.", SystemProject, [new("DELETE", "/v3/OS-TRUST/trusts/{trust_id}")]),
        new(GetTrust, AdminOrSystemReaderOrTrustorOrTrustee, "Get trust.", SystemProject, [new("GET", "/v3/OS-TRUST/trusts/{trust_id}")]),
    ];
}
