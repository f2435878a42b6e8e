namespace SharpStack.Identity.Application.EndpointPolicy;

/// <summary>What a policy is associated with: an endpoint, a service, or a service in a region.</summary>
internal sealed record PolicyAssociationTarget(string? EndpointId, string? ServiceId, string? RegionId)
{
    public static PolicyAssociationTarget ForEndpoint(string endpointId) => new(endpointId, null, null);

    public static PolicyAssociationTarget ForService(string serviceId) => new(null, serviceId, null);

    public static PolicyAssociationTarget ForServiceInRegion(string serviceId, string regionId) => new(null, serviceId, regionId);
}
