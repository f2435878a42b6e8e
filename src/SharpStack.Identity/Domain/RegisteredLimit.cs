namespace SharpStack.Identity.Domain;

/// <summary>The default limit of one resource of a service (optionally per region), for every project without its own limit.</summary>
internal sealed class RegisteredLimit
{
    public const int ResourceNameMaxLength = 255;

    /// <summary>Keystone's surrogate key; the API uses <see cref="Id"/>.</summary>
    public int InternalId { get; init; }

    public required string Id { get; init; }

    public required string ServiceId { get; set; }

    public string? RegionId { get; set; }

    public required string ResourceName { get; set; }

    public int DefaultLimit { get; set; }

    public string? Description { get; set; }
}
