using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>Roles, implied roles, grants and role assignments (keystone/common/policies/{role,implied_role,grant,role_assignment}.py).</summary>
internal static class AssignmentPolicies
{
    public const string GetRole = "identity:get_role";
    public const string ListRoles = "identity:list_roles";
    public const string CreateRole = "identity:create_role";
    public const string UpdateRole = "identity:update_role";
    public const string DeleteRole = "identity:delete_role";
    public const string GetDomainRole = "identity:get_domain_role";
    public const string ListDomainRoles = "identity:list_domain_roles";
    public const string CreateDomainRole = "identity:create_domain_role";
    public const string UpdateDomainRole = "identity:update_domain_role";
    public const string DeleteDomainRole = "identity:delete_domain_role";
    public const string GetImpliedRole = "identity:get_implied_role";
    public const string ListImpliedRoles = "identity:list_implied_roles";
    public const string CreateImpliedRole = "identity:create_implied_role";
    public const string DeleteImpliedRole = "identity:delete_implied_role";
    public const string ListRoleInferenceRules = "identity:list_role_inference_rules";
    public const string CheckImpliedRole = "identity:check_implied_role";
    public const string CheckGrant = "identity:check_grant";
    public const string ListGrants = "identity:list_grants";
    public const string CreateGrant = "identity:create_grant";
    public const string RevokeGrant = "identity:revoke_grant";
    public const string ListSystemGrantsForUser = "identity:list_system_grants_for_user";
    public const string CheckSystemGrantForUser = "identity:check_system_grant_for_user";
    public const string CreateSystemGrantForUser = "identity:create_system_grant_for_user";
    public const string RevokeSystemGrantForUser = "identity:revoke_system_grant_for_user";
    public const string ListSystemGrantsForGroup = "identity:list_system_grants_for_group";
    public const string CheckSystemGrantForGroup = "identity:check_system_grant_for_group";
    public const string CreateSystemGrantForGroup = "identity:create_system_grant_for_group";
    public const string RevokeSystemGrantForGroup = "identity:revoke_system_grant_for_group";
    public const string ListRoleAssignments = "identity:list_role_assignments";
    public const string ListRoleAssignmentsForTree = "identity:list_role_assignments_for_tree";

    private const string GetRoleCheck = "(" + AdminOrSystemReader + ") or (role:manager and rule:domain_managed_target_role)";
    private const string ListRolesCheck = "(" + AdminOrSystemReader + ") or (role:manager and not domain_id:None)";

    private const string UserDomain = "domain_id:%(target.user.domain_id)s";
    private const string GroupDomain = "domain_id:%(target.group.domain_id)s";
    private const string ProjectDomain = "domain_id:%(target.project.domain_id)s";
    private const string TargetDomain = "domain_id:%(target.domain.id)s";
    private const string RoleDomain = "domain_id:%(target.role.domain_id)s or None:%(target.role.domain_id)s";

    private const string GrantsDomainReader =
        "(role:reader and " + UserDomain + " and " + ProjectDomain + ") or "
        + "(role:reader and " + UserDomain + " and " + TargetDomain + ") or "
        + "(role:reader and " + GroupDomain + " and " + ProjectDomain + ") or "
        + "(role:reader and " + GroupDomain + " and " + TargetDomain + ")";

    private const string GrantsDomainAdmin =
        "(role:admin and " + UserDomain + " and " + ProjectDomain + ") or "
        + "(role:admin and " + UserDomain + " and " + TargetDomain + ") or "
        + "(role:admin and " + GroupDomain + " and " + ProjectDomain + ") or "
        + "(role:admin and " + GroupDomain + " and " + TargetDomain + ")";

    private const string GrantsDomainManager =
        "(role:manager and " + UserDomain + " and " + ProjectDomain + ") or "
        + "(role:manager and " + UserDomain + " and " + TargetDomain + ") or "
        + "(role:manager and " + GroupDomain + " and " + ProjectDomain + ") or "
        + "(role:manager and " + GroupDomain + " and " + TargetDomain + ")";

    private const string CheckGrantCheck =
        "(" + AdminRequired + ") or ((" + SystemReader + ") or (" + GrantsDomainReader + ") and (" + RoleDomain + "))";

    private const string ListGrantsCheck = "(" + AdminRequired + ") or ((" + SystemReader + ") or " + GrantsDomainReader + ")";

    private const string ChangeGrantCheck =
        "(" + AdminRequired + ") or (" + GrantsDomainAdmin + ") and (" + RoleDomain + ") or ("
        + GrantsDomainManager + ") and rule:domain_managed_target_role";

    private const string ListRoleAssignmentsCheck =
        "(" + AdminRequired + ") or (" + SystemReader + ") or (role:reader and domain_id:%(target.domain_id)s)";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(GetRole, GetRoleCheck, "Show role details.", SystemDomainProject),
        new(ListRoles, ListRolesCheck, "List roles.", SystemDomainProject),
        new(CreateRole, AdminRequired, "Create role.", SystemProject),
        new(UpdateRole, AdminRequired, "Update role.", SystemProject),
        new(DeleteRole, AdminRequired, "Delete role.", SystemProject),
        new(GetDomainRole, AdminOrSystemReader, "Show domain role.", SystemProject),
        new(ListDomainRoles, AdminOrSystemReader, "List domain roles.", SystemProject),
        new(CreateDomainRole, AdminRequired, "Create domain role.", SystemProject),
        new(UpdateDomainRole, AdminRequired, "Update domain role.", SystemProject),
        new(DeleteDomainRole, AdminRequired, "Delete domain role.", SystemProject),
        new(GetImpliedRole, AdminOrSystemReader, "Get information about an association between two roles.", SystemProject),
        new(ListImpliedRoles, AdminOrSystemReader, "List associations between two roles.", SystemProject),
        new(CreateImpliedRole, AdminRequired, "Create an association between two roles.", SystemProject),
        new(DeleteImpliedRole, AdminRequired, "Delete the association between two roles.", SystemProject),
        new(ListRoleInferenceRules, AdminOrSystemReader, "List all associations between two roles in the system.", SystemProject),
        new(CheckImpliedRole, AdminOrSystemReader, "Check an association between two roles.", SystemProject),
        new(CheckGrant, CheckGrantCheck, "Check a role grant between a target and an actor.", SystemDomainProject),
        new(ListGrants, ListGrantsCheck, "List roles granted to an actor on a target.", SystemDomainProject),
        new(CreateGrant, ChangeGrantCheck, "Create a role grant between a target and an actor.", SystemDomainProject),
        new(RevokeGrant, ChangeGrantCheck, "Revoke a role grant between a target and an actor.", SystemDomainProject),
        new(ListSystemGrantsForUser, AdminOrSystemReader, "List all grants a specific user has on the system.", SystemProject),
        new(CheckSystemGrantForUser, AdminOrSystemReader, "Check if a user has a role on the system.", SystemProject),
        new(CreateSystemGrantForUser, AdminRequired, "Grant a user a role on the system.", SystemProject),
        new(RevokeSystemGrantForUser, AdminRequired, "Remove a role from a user on the system.", SystemProject),
        new(ListSystemGrantsForGroup, AdminOrSystemReader, "List all grants a specific group has on the system.", SystemProject),
        new(CheckSystemGrantForGroup, AdminOrSystemReader, "Check if a group has a role on the system.", SystemProject),
        new(CreateSystemGrantForGroup, AdminRequired, "Grant a group a role on the system.", SystemProject),
        new(RevokeSystemGrantForGroup, AdminRequired, "Remove a role from a group on the system.", SystemProject),
        new(ListRoleAssignments, ListRoleAssignmentsCheck, "List role assignments.", SystemDomainProject),
        new(ListRoleAssignmentsForTree, ListRoleAssignmentsCheck, "List all role assignments for a given tree of hierarchical projects.", SystemDomainProject),
    ];
}
