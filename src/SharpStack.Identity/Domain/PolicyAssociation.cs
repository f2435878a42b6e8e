namespace SharpStack.Identity.Domain;

/// <summary>
/// An OS-ENDPOINT-POLICY association of a policy blob with an endpoint, a service, or a service in a region
/// (keystone's <c>policy_association</c>); exactly one of those three shapes is set.
/// </summary>
internal sealed class PolicyAssociation
{
    // Keystone keys the row by a surrogate id because every real column may be null.
    public required string Id { get; init; }

    public required string PolicyId { get; set; }

    public string? EndpointId { get; init; }

    public string? ServiceId { get; init; }

    public string? RegionId { get; init; }
}
