namespace SharpStack.Identity.Application.Assignments;

/// <summary>The filters and modes of <c>GET /v3/role_assignments</c>.</summary>
internal sealed record AssignmentQuery
{
    public string? RoleId { get; init; }

    public string? UserId { get; init; }

    public string? GroupId { get; init; }

    public bool System { get; init; }

    public string? DomainId { get; init; }

    public string? ProjectId { get; init; }

    public bool IncludeSubtree { get; init; }

    /// <summary>Only inherited (true) or only direct (false) assignments; null for both.</summary>
    public bool? Inherited { get; init; }

    public bool Effective { get; init; }
}
