using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.EndpointPolicy;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.PolicyBlobs;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's OS-ENDPOINT-POLICY associations of policy blobs with endpoints (api-ref v3-ext endpoint-policy.inc).</summary>
internal static class EndpointPolicyEndpoints
{
    private delegate Task<PolicyAssociationTarget> TargetResolver(HttpContext context, EndpointPolicyService service);

    public static IEndpointRouteBuilder MapEndpointPolicyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var policy = endpoints.MapGroup("/v3/policies/{policyId}/OS-ENDPOINT-POLICY");
        MapAssociation(policy, "/endpoints/{endpointId}", EndpointAsync,
            PolicyAssociationPolicies.CheckForEndpoint, PolicyAssociationPolicies.CreateForEndpoint, PolicyAssociationPolicies.DeleteForEndpoint);
        MapAssociation(policy, "/services/{serviceId}", ServiceAsync,
            PolicyAssociationPolicies.CheckForService, PolicyAssociationPolicies.CreateForService, PolicyAssociationPolicies.DeleteForService);
        MapAssociation(policy, "/services/{serviceId}/regions/{regionId}", ServiceInRegionAsync,
            PolicyAssociationPolicies.CheckForRegionAndService, PolicyAssociationPolicies.CreateForRegionAndService,
            PolicyAssociationPolicies.DeleteForRegionAndService);
        policy.MapMethods("/endpoints", ResourceJson.GetOrHead,
            async (string policyId, HttpContext context, EndpointPolicyService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), PolicyAssociationPolicies.ListEndpointsForPolicy);
                await service.RequirePolicyAsync(policyId, context.RequestAborted);
                var found = await service.EndpointsForPolicyAsync(policyId, context.RequestAborted);
                return ResourceJson.Collection(context, "endpoints", found.Select(e => EndpointEndpoints.View(context, e)));
            });
        endpoints.MapMethods("/v3/endpoints/{endpointId}/OS-ENDPOINT-POLICY/policy", ResourceJson.GetOrHead,
            async (string endpointId, HttpContext context, EndpointPolicyService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), PolicyAssociationPolicies.GetPolicyForEndpoint);
                var endpoint = await service.RequireEndpointAsync(endpointId, context.RequestAborted);
                var found = await service.PolicyForEndpointAsync(endpoint, context.RequestAborted);
                return ResourceJson.Member("policy", PolicyBlobService.ToJson(found, context.GetPublicBaseUri()));
            });
        return endpoints;
    }

    // Each handler of keystone/api/policy.py looks up the policy, then each named entity, before touching the association.
    private static void MapAssociation(RouteGroupBuilder group, string pattern, TargetResolver resolve, string checkRule, string createRule, string deleteRule)
    {
        group.MapMethods(pattern, ResourceJson.GetOrHead, async (string policyId, HttpContext context, EndpointPolicyService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), checkRule);
            await service.RequirePolicyAsync(policyId, context.RequestAborted);
            await service.CheckAsync(policyId, await resolve(context, service), context.RequestAborted);
            return Results.NoContent();
        });
        group.MapPut(pattern, async (string policyId, HttpContext context, EndpointPolicyService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), createRule);
            await service.RequirePolicyAsync(policyId, context.RequestAborted);
            await service.AssociateAsync(policyId, await resolve(context, service), context.RequestAborted);
            return Results.NoContent();
        });
        group.MapDelete(pattern, async (string policyId, HttpContext context, EndpointPolicyService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), deleteRule);
            await service.RequirePolicyAsync(policyId, context.RequestAborted);
            await service.RemoveAsync(policyId, await resolve(context, service), context.RequestAborted);
            return Results.NoContent();
        });
    }

    private static async Task<PolicyAssociationTarget> EndpointAsync(HttpContext context, EndpointPolicyService service)
    {
        var endpointId = Route(context, "endpointId");
        await service.RequireEndpointAsync(endpointId, context.RequestAborted);
        return PolicyAssociationTarget.ForEndpoint(endpointId);
    }

    private static async Task<PolicyAssociationTarget> ServiceAsync(HttpContext context, EndpointPolicyService service)
    {
        var serviceId = Route(context, "serviceId");
        await service.RequireServiceAsync(serviceId, context.RequestAborted);
        return PolicyAssociationTarget.ForService(serviceId);
    }

    private static async Task<PolicyAssociationTarget> ServiceInRegionAsync(HttpContext context, EndpointPolicyService service)
    {
        var target = await ServiceAsync(context, service);
        var regionId = Route(context, "regionId");
        await service.RequireRegionAsync(regionId, context.RequestAborted);
        return target with { RegionId = regionId };
    }

    private static string Route(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;
}
