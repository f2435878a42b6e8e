namespace SharpStack.Identity.Domain;

/// <summary>One tag of a project; a project's tags are unique.</summary>
internal sealed class ProjectTag
{
    public const int NameMaxLength = 255;

    public required string ProjectId { get; init; }

    public required string Name { get; init; }
}
