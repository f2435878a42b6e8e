using SharpStack.Common.Policy;

namespace SharpStack.Identity.Application.Policies;

/// <summary>
/// Keystone's default rules for domains, projects, project tags, users and groups
/// (keystone/common/policies/{domain,project,user,group}.py). Where Keystone names the domain
/// <c>manager</c> persona, a domain-scoped <c>admin</c> qualifies too, so domain admins manage their domain.
/// </summary>
internal static class ResourcePolicies
{
    private const string SystemReader = "(role:reader and system_scope:all)";
    private const string DomainManager = "(role:admin or role:manager)";
    private static readonly string[] AllScopes = [PolicyScopeTypes.System, PolicyScopeTypes.Domain, PolicyScopeTypes.Project];
    private static readonly string[] SystemOrProject = [PolicyScopeTypes.System, PolicyScopeTypes.Project];

    private const string AdminOrReaderOfTargetDomain =
        "(rule:admin_required) or " + SystemReader + " or (role:reader and domain_id:%(target.domain_id)s)";

    private const string GetDomain =
        "rule:admin_required or " + SystemReader + " or token.domain.id:%(target.domain.id)s or token.project.domain.id:%(target.domain.id)s";

    private const string ListDomains =
        "rule:admin_required or " + SystemReader + " or (role:reader and domain_id:%(target.domain.id)s)";

    private const string ReadProject =
        "(rule:admin_required) or " + SystemReader
        + " or (role:reader and domain_id:%(target.project.domain_id)s and not None:%(target.project.domain_id)s)"
        + " or project_id:%(target.project.id)s";

    private const string ManageProject =
        "(rule:admin_required) or (" + DomainManager
        + " and domain_id:%(target.project.domain_id)s and not None:%(target.project.domain_id)s)";

    private const string ListUserProjects =
        "(rule:admin_required) or " + SystemReader + " or (role:reader and domain_id:%(target.user.domain_id)s) or user_id:%(target.user.id)s";

    private const string GetUser =
        "(rule:admin_required) or " + SystemReader + " or (role:reader and token.domain.id:%(target.user.domain_id)s) or user_id:%(target.user.id)s";

    private const string ManageUser =
        "(rule:admin_required) or (" + DomainManager + " and token.domain.id:%(target.user.domain_id)s)";

    private const string ReadGroup =
        "(rule:admin_required) or " + SystemReader + " or (role:reader and domain_id:%(target.group.domain_id)s)";

    private const string ListGroupsForUser =
        "(rule:admin_required) or " + SystemReader + " or (role:reader and domain_id:%(target.user.domain_id)s) or user_id:%(user_id)s";

    private const string CheckUserInGroup =
        "(rule:admin_required) or " + SystemReader
        + " or (role:reader and domain_id:%(target.group.domain_id)s and domain_id:%(target.user.domain_id)s)";

    private const string ManageGroup =
        "(rule:admin_required) or (" + DomainManager + " and domain_id:%(target.group.domain_id)s)";

    private const string ManageMembership =
        "(rule:admin_required) or (" + DomainManager + " and domain_id:%(target.group.domain_id)s and domain_id:%(target.user.domain_id)s)";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        Rule("get_domain", GetDomain, "Show domain details.", AllScopes, "GET", "/v3/domains/{domain_id}"),
        Rule("list_domains", ListDomains, "List domains.", AllScopes, "GET", "/v3/domains"),
        Rule("create_domain", "rule:admin_required", "Create domain.", SystemOrProject, "POST", "/v3/domains"),
        Rule("update_domain", "rule:admin_required", "Update domain.", SystemOrProject, "PATCH", "/v3/domains/{domain_id}"),
        Rule("delete_domain", "rule:admin_required", "Delete domain.", SystemOrProject, "DELETE", "/v3/domains/{domain_id}"),

        Rule("get_project", ReadProject, "Show project details.", AllScopes, "GET", "/v3/projects/{project_id}"),
        Rule("list_projects", AdminOrReaderOfTargetDomain, "List projects.", AllScopes, "GET", "/v3/projects"),
        Rule("list_user_projects", ListUserProjects, "List projects for user.", AllScopes, "GET", "/v3/users/{user_id}/projects"),
        Rule("create_project", ManageProject, "Create project.", AllScopes, "POST", "/v3/projects"),
        Rule("update_project", ManageProject, "Update project.", AllScopes, "PATCH", "/v3/projects/{project_id}"),
        Rule("delete_project", ManageProject, "Delete project.", AllScopes, "DELETE", "/v3/projects/{project_id}"),
        Rule("list_project_tags", ReadProject, "List tags for a project.", AllScopes, "GET", "/v3/projects/{project_id}/tags"),
        Rule("get_project_tag", ReadProject, "Check if project contains a tag.", AllScopes, "GET", "/v3/projects/{project_id}/tags/{value}"),
        Rule("update_project_tags", ManageProject, "Replace all tags on a project with the new set of tags.", AllScopes, "PUT", "/v3/projects/{project_id}/tags"),
        Rule("create_project_tag", ManageProject, "Add a single tag to a project.", AllScopes, "PUT", "/v3/projects/{project_id}/tags/{value}"),
        Rule("delete_project_tags", ManageProject, "Remove all tags from a project.", AllScopes, "DELETE", "/v3/projects/{project_id}/tags"),
        Rule("delete_project_tag", ManageProject, "Delete a specified tag from project.", AllScopes, "DELETE", "/v3/projects/{project_id}/tags/{value}"),

        Rule("get_user", GetUser, "Show user details.", AllScopes, "GET", "/v3/users/{user_id}"),
        Rule("list_users", AdminOrReaderOfTargetDomain, "List users.", AllScopes, "GET", "/v3/users"),
        Rule("create_user", ManageUser, "Create a user.", AllScopes, "POST", "/v3/users"),
        Rule("update_user", ManageUser, "Update a user, including administrative password resets.", AllScopes, "PATCH", "/v3/users/{user_id}"),
        Rule("delete_user", ManageUser, "Delete a user.", AllScopes, "DELETE", "/v3/users/{user_id}"),

        Rule("get_group", ReadGroup, "Show group details.", AllScopes, "GET", "/v3/groups/{group_id}"),
        Rule("list_groups", ReadGroup, "List groups.", AllScopes, "GET", "/v3/groups"),
        Rule("list_groups_for_user", ListGroupsForUser, "List groups to which a user belongs.", AllScopes, "GET", "/v3/users/{user_id}/groups"),
        Rule("create_group", ManageGroup, "Create group.", AllScopes, "POST", "/v3/groups"),
        Rule("update_group", ManageGroup, "Update group.", AllScopes, "PATCH", "/v3/groups/{group_id}"),
        Rule("delete_group", ManageGroup, "Delete group.", AllScopes, "DELETE", "/v3/groups/{group_id}"),
        Rule("list_users_in_group", ReadGroup, "List members of a specific group.", AllScopes, "GET", "/v3/groups/{group_id}/users"),
        Rule("remove_user_from_group", ManageMembership, "Remove user from group.", AllScopes, "DELETE", "/v3/groups/{group_id}/users/{user_id}"),
        Rule("check_user_in_group", CheckUserInGroup, "Check whether a user is a member of a group.", AllScopes, "HEAD", "/v3/groups/{group_id}/users/{user_id}"),
        Rule("add_user_to_group", ManageMembership, "Add user to group.", AllScopes, "PUT", "/v3/groups/{group_id}/users/{user_id}"),
    ];

    private static PolicyRuleDefault Rule(string action, string checkString, string description, string[] scopes, string method, string path) =>
        new($"identity:{action}", checkString, description, scopes, [new PolicyOperation(method, path)]);
}
