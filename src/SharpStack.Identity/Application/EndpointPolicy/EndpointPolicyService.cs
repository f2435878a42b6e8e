using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.EndpointPolicy;

/// <summary>OS-ENDPOINT-POLICY (keystone/endpoint_policy/core.py): which policy blob applies to which endpoint.</summary>
internal sealed class EndpointPolicyService(IdentityDbContext db)
{
    public async Task<PolicyBlob> RequirePolicyAsync(string policyId, CancellationToken cancellationToken) =>
        await db.PolicyBlobs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId, cancellationToken)
            ?? throw ResourceErrors.NotFound("policy", policyId);

    public async Task<Endpoint> RequireEndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        await db.Endpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == endpointId, cancellationToken)
            ?? throw ResourceErrors.NotFound("endpoint", endpointId);

    public async Task RequireServiceAsync(string serviceId, CancellationToken cancellationToken)
    {
        if (!await db.Services.AnyAsync(s => s.Id == serviceId, cancellationToken))
        {
            throw ResourceErrors.NotFound("service", serviceId);
        }
    }

    public async Task RequireRegionAsync(string regionId, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            throw ResourceErrors.NotFound("region", regionId);
        }
    }

    /// <summary>Associates the policy with the target, replacing the policy an existing association of that target names.</summary>
    public async Task AssociateAsync(string policyId, PolicyAssociationTarget target, CancellationToken cancellationToken)
    {
        // NULL columns defeat the unique index (as in Keystone), so two racing PUTs may both insert; the next PUT of the
        // target keeps one row and removes the others instead of failing on the duplicate.
        var matching = await Matching(db.PolicyAssociations, target).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        db.PolicyAssociations.RemoveRange(matching.Skip(1));
        var existing = matching.FirstOrDefault();
        if (existing is null)
        {
            db.PolicyAssociations.Add(new PolicyAssociation
            {
                Id = KeystoneIds.New(),
                PolicyId = policyId,
                EndpointId = target.EndpointId,
                ServiceId = target.ServiceId,
                RegionId = target.RegionId,
            });
        }
        else
        {
            existing.PolicyId = policyId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CheckAsync(string policyId, PolicyAssociationTarget target, CancellationToken cancellationToken)
    {
        if (!await Matching(db.PolicyAssociations, target).AnyAsync(a => a.PolicyId == policyId, cancellationToken))
        {
            throw AssociationNotFound();
        }
    }

    // Keystone deletes whatever matches and answers 204 when nothing did.
    public Task RemoveAsync(string policyId, PolicyAssociationTarget target, CancellationToken cancellationToken) =>
        Matching(db.PolicyAssociations, target).Where(a => a.PolicyId == policyId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Manager.list_endpoints_for_policy: per association, its endpoint, the service's endpoints, or the service's
    /// endpoints in the region and the regions below it; like Keystone, an endpoint reached twice is listed twice.
    /// </summary>
    public async Task<IReadOnlyList<Endpoint>> EndpointsForPolicyAsync(string policyId, CancellationToken cancellationToken)
    {
        var associations = await db.PolicyAssociations.AsNoTracking().Where(a => a.PolicyId == policyId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var endpoints = await db.Endpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var parents = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.ParentRegionId, cancellationToken);
        var found = new List<Endpoint>();
        foreach (var association in associations)
        {
            if (association.EndpointId is not null)
            {
                found.AddRange(endpoints.Where(e => e.Id == association.EndpointId));
            }
            else if (association.RegionId is null)
            {
                found.AddRange(endpoints.Where(e => e.ServiceId == association.ServiceId));
            }
            else
            {
                var regions = Subtree(association.RegionId, parents);
                found.AddRange(endpoints.Where(e => e.ServiceId == association.ServiceId && e.RegionId is not null && regions.Contains(e.RegionId)));
            }
        }

        return found;
    }

    /// <summary>
    /// Manager.get_policy_for_endpoint: the endpoint's own association, else its service's in its region or the nearest
    /// region above, else its service's.
    /// </summary>
    public async Task<PolicyBlob> PolicyForEndpointAsync(Endpoint endpoint, CancellationToken cancellationToken)
    {
        var policyId = await PolicyIdAsync(PolicyAssociationTarget.ForEndpoint(endpoint.Id), cancellationToken);
        var parents = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.ParentRegionId, cancellationToken);
        var examined = new HashSet<string>(StringComparer.Ordinal);
        for (var regionId = endpoint.RegionId; policyId is null && regionId is not null && examined.Add(regionId); regionId = parents.GetValueOrDefault(regionId))
        {
            policyId = await PolicyIdAsync(PolicyAssociationTarget.ForServiceInRegion(endpoint.ServiceId, regionId), cancellationToken);
        }

        policyId ??= await PolicyIdAsync(PolicyAssociationTarget.ForService(endpoint.ServiceId), cancellationToken);
        return policyId is null
            ? throw new NotFoundException($"No policy is associated with endpoint {endpoint.Id}.")
            : await RequirePolicyAsync(policyId, cancellationToken);
    }

    private Task<string?> PolicyIdAsync(PolicyAssociationTarget target, CancellationToken cancellationToken) =>
        Matching(db.PolicyAssociations.AsNoTracking(), target).Select(a => a.PolicyId).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<PolicyAssociation> Matching(IQueryable<PolicyAssociation> query, PolicyAssociationTarget target) =>
        query.Where(a => a.EndpointId == target.EndpointId && a.ServiceId == target.ServiceId && a.RegionId == target.RegionId);

    private static HashSet<string> Subtree(string regionId, Dictionary<string, string?> parents)
    {
        var subtree = new HashSet<string>(StringComparer.Ordinal) { regionId };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (id, parent) in parents)
            {
                grew |= parent is not null && subtree.Contains(parent) && subtree.Add(id);
            }
        }

        return subtree;
    }

    private static NotFoundException AssociationNotFound() => new("Could not find policy association.");
}
