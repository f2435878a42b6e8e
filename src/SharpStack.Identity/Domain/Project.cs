using System.Text.Json.Nodes;

namespace SharpStack.Identity.Domain;

/// <summary>A Keystone project (tenant): owns resources, optionally nested under a parent project.</summary>
internal sealed class Project
{
    public const int NameMaxLength = 64;

    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string DomainId { get; set; }

    public string? Description { get; set; }

    public bool Enabled { get; set; } = true;

    public string? ParentId { get; set; }

    public bool IsDomain { get; set; }

    /// <summary>Keystone's resource options; only <c>immutable</c> is defined.</summary>
    public JsonObject Options { get; set; } = [];

    public JsonObject Extra { get; set; } = [];

    public List<ProjectTag> Tags { get; init; } = [];
}
