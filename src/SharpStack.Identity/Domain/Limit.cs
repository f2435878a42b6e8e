namespace SharpStack.Identity.Domain;

/// <summary>A project's (or domain's) own limit of a resource, overriding its <see cref="RegisteredLimit"/>'s default.</summary>
internal sealed class Limit
{
    public int InternalId { get; init; }

    public required string Id { get; init; }

    public string? ProjectId { get; init; }

    public string? DomainId { get; init; }

    public int ResourceLimit { get; set; }

    public string? Description { get; set; }

    /// <summary>The registered limit this one overrides; it carries the service, region and resource name.</summary>
    public required string RegisteredLimitId { get; init; }

    public RegisteredLimit? RegisteredLimit { get; init; }
}
