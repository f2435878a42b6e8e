namespace SharpStack.Identity.Domain;

/// <summary>An endpoint group associated with a project (keystone's <c>project_endpoint_group</c>).</summary>
internal sealed class ProjectEndpointGroup
{
    public required string EndpointGroupId { get; init; }

    public required string ProjectId { get; init; }
}
