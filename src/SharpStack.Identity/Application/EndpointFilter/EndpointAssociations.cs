using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>
/// Every project's OS-EP-FILTER associations, read with the catalog: the endpoints associated directly and those matched by
/// the project's endpoint groups (keystone/catalog/core.py <c>list_endpoints_for_project</c>).
/// </summary>
internal sealed class EndpointAssociations(
    IReadOnlyList<Endpoint> endpoints,
    ILookup<string, string> projectEndpoints,
    IReadOnlyDictionary<string, EndpointGroup> groups,
    ILookup<string, string> projectGroups)
{
    private readonly HashSet<string> _endpointIds = [.. endpoints.Select(e => e.Id)];

    /// <returns>The ids of the existing endpoints associated with the project, disabled ones included; empty when there is no filter.</returns>
    public IReadOnlySet<string> ForProject(string projectId)
    {
        var ids = new HashSet<string>(projectEndpoints[projectId].Where(_endpointIds.Contains));
        foreach (var groupId in projectGroups[projectId])
        {
            if (groups.TryGetValue(groupId, out var group))
            {
                ids.UnionWith(endpoints.Where(e => EndpointGroupService.Matches(e, group.Filters)).Select(e => e.Id));
            }
        }

        return ids;
    }
}
