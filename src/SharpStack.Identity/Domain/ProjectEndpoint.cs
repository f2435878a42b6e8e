namespace SharpStack.Identity.Domain;

/// <summary>An endpoint associated directly with a project (keystone's <c>project_endpoint</c>).</summary>
internal sealed class ProjectEndpoint
{
    public required string EndpointId { get; init; }

    public required string ProjectId { get; init; }
}
