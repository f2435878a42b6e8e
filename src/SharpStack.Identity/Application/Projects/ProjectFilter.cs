namespace SharpStack.Identity.Application.Projects;

/// <summary>The query filters of <c>GET /v3/projects</c>; tag filters are comma-separated lists.</summary>
internal sealed record ProjectFilter
{
    public string? DomainId { get; init; }

    public string? Name { get; init; }

    public string? ParentId { get; init; }

    public bool? Enabled { get; init; }

    public bool IsDomain { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<string>? TagsAny { get; init; }

    public IReadOnlyList<string>? NotTags { get; init; }

    public IReadOnlyList<string>? NotTagsAny { get; init; }
}
