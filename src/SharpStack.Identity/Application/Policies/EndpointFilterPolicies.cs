using SharpStack.Common.Policy;
using static SharpStack.Identity.Application.Policies.KeystonePolicyRules;

namespace SharpStack.Identity.Application.Policies;

/// <summary>OS-EP-FILTER (keystone/common/policies/{endpoint_group,project_endpoint}.py): admins manage, system readers read.</summary>
internal static class EndpointFilterPolicies
{
    public const string CreateEndpointGroup = "identity:create_endpoint_group";
    public const string ListEndpointGroups = "identity:list_endpoint_groups";
    public const string GetEndpointGroup = "identity:get_endpoint_group";
    public const string UpdateEndpointGroup = "identity:update_endpoint_group";
    public const string DeleteEndpointGroup = "identity:delete_endpoint_group";
    public const string ListProjectsAssociatedWithEndpointGroup = "identity:list_projects_associated_with_endpoint_group";
    public const string ListEndpointsAssociatedWithEndpointGroup = "identity:list_endpoints_associated_with_endpoint_group";
    public const string GetEndpointGroupInProject = "identity:get_endpoint_group_in_project";
    public const string ListEndpointGroupsForProject = "identity:list_endpoint_groups_for_project";
    public const string AddEndpointGroupToProject = "identity:add_endpoint_group_to_project";
    public const string RemoveEndpointGroupFromProject = "identity:remove_endpoint_group_from_project";
    public const string ListProjectsForEndpoint = "identity:list_projects_for_endpoint";
    public const string AddEndpointToProject = "identity:add_endpoint_to_project";
    public const string CheckEndpointInProject = "identity:check_endpoint_in_project";
    public const string ListEndpointsForProject = "identity:list_endpoints_for_project";
    public const string RemoveEndpointFromProject = "identity:remove_endpoint_from_project";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(CreateEndpointGroup, AdminRequired, "Create endpoint group.", SystemProject),
        new(ListEndpointGroups, AdminOrSystemReader, "List endpoint groups.", SystemProject),
        new(GetEndpointGroup, AdminOrSystemReader, "Get endpoint group.", SystemProject),
        new(UpdateEndpointGroup, AdminRequired, "Update endpoint group.", SystemProject),
        new(DeleteEndpointGroup, AdminRequired, "Delete endpoint group.", SystemProject),
        new(ListProjectsAssociatedWithEndpointGroup, AdminOrSystemReader, "List all projects associated with a specific endpoint group.", SystemProject),
        new(ListEndpointsAssociatedWithEndpointGroup, AdminOrSystemReader, "List all endpoints associated with an endpoint group.", SystemProject),
        new(GetEndpointGroupInProject, AdminOrSystemReader, "Check if an endpoint group is associated with a project.", SystemProject),
        new(ListEndpointGroupsForProject, AdminOrSystemReader, "List endpoint groups associated with a specific project.", SystemProject),
        new(AddEndpointGroupToProject, AdminRequired, "Allow a project to access an endpoint group.", SystemProject),
        new(RemoveEndpointGroupFromProject, AdminRequired, "Remove endpoint group from project.", SystemProject),
        new(ListProjectsForEndpoint, AdminOrSystemReader, "List projects allowed to access an endpoint.", SystemProject),
        new(AddEndpointToProject, AdminRequired, "Allow project to access an endpoint.", SystemProject),
        new(CheckEndpointInProject, AdminOrSystemReader, "Check if a project is allowed to access an endpoint.", SystemProject),
        new(ListEndpointsForProject, AdminOrSystemReader, "List the endpoints a project is allowed to access.", SystemProject),
        new(RemoveEndpointFromProject, AdminRequired, "Remove access to an endpoint from a project that has previously been given explicit access.", SystemProject),
    ];
}
