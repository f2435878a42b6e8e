using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>The base rules Keystone registers (keystone/common/policies/base.py) that its API rules refer to.</summary>
internal static class KeystoneBasePolicies
{
    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new("admin_required", "role:admin or is_admin:1"),
        new("service_role", "role:service"),
        new("service_or_admin", "rule:admin_required or rule:service_role"),
        new("owner", "user_id:%(user_id)s"),
        new("admin_or_owner", "rule:admin_required or rule:owner"),
        new("token_subject", "user_id:%(target.token.user_id)s"),
        new("admin_or_token_subject", "rule:admin_required or rule:token_subject"),
        new("service_admin_or_token_subject", "rule:service_or_admin or rule:token_subject"),
        new("domain_managed_target_role", "'manager':%(target.role.name)s or 'member':%(target.role.name)s or 'reader':%(target.role.name)s"),
    ];
}
