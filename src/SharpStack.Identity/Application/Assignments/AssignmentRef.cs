namespace SharpStack.Identity.Application.Assignments;

/// <summary>
/// One listed role assignment, as Keystone's assignment manager returns it: the actor, the target and the role, and for
/// effective listings where it came from (a group, an inherited assignment's domain or project, or a prior role).
/// </summary>
internal sealed record AssignmentRef
{
    public required string RoleId { get; init; }

    public string? UserId { get; init; }

    public string? GroupId { get; init; }

    public string? ProjectId { get; init; }

    public string? DomainId { get; init; }

    public bool System { get; init; }

    public bool InheritedToProjects { get; init; }

    public string? IndirectGroupId { get; init; }

    public string? IndirectProjectId { get; init; }

    public string? IndirectDomainId { get; init; }

    public string? IndirectRoleId { get; init; }
}
