using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Identity.Application.EndpointFilter;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's OS-EP-FILTER project ↔ endpoint associations (api-ref v3-ext ep-filter.inc).</summary>
internal static class ProjectEndpointEndpoints
{
    public static IEndpointRouteBuilder MapProjectEndpointEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var filter = endpoints.MapGroup("/v3/OS-EP-FILTER");
        filter.MapMethods("/projects/{projectId}/endpoints/{endpointId}", ResourceJson.GetOrHead,
            async (string projectId, string endpointId, HttpContext context, ProjectEndpointService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.CheckEndpointInProject);
                await service.RequireEndpointAsync(endpointId, context.RequestAborted);
                await service.RequireProjectAsync(projectId, context.RequestAborted);
                await service.CheckAsync(endpointId, projectId, context.RequestAborted);
                return Results.NoContent();
            });
        filter.MapPut("/projects/{projectId}/endpoints/{endpointId}",
            async (string projectId, string endpointId, HttpContext context, ProjectEndpointService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.AddEndpointToProject);
                await service.RequireEndpointAsync(endpointId, context.RequestAborted);
                await service.RequireProjectAsync(projectId, context.RequestAborted);
                await service.AddAsync(endpointId, projectId, context.RequestAborted);
                return Results.NoContent();
            });
        filter.MapDelete("/projects/{projectId}/endpoints/{endpointId}",
            async (string projectId, string endpointId, HttpContext context, ProjectEndpointService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.RemoveEndpointFromProject);
                await service.RemoveAsync(endpointId, projectId, context.RequestAborted);
                return Results.NoContent();
            });
        filter.MapMethods("/projects/{projectId}/endpoints", ResourceJson.GetOrHead,
            async (string projectId, HttpContext context, ProjectEndpointService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.ListEndpointsForProject);
                await service.RequireProjectAsync(projectId, context.RequestAborted);
                var allowed = await service.EndpointsForProjectAsync(projectId, context.RequestAborted);
                return ResourceJson.Collection(context, "endpoints", allowed.Select(e => EndpointEndpoints.View(context, e)));
            });
        filter.MapMethods("/projects/{projectId}/endpoint_groups", ResourceJson.GetOrHead,
            async (string projectId, HttpContext context, EndpointGroupService groups, ProjectEndpointService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.ListEndpointGroupsForProject);
                await service.RequireProjectAsync(projectId, context.RequestAborted);
                var all = await groups.ForProjectAsync(projectId, context.RequestAborted);
                return ResourceJson.Collection(context, "endpoint_groups", all.Select(g => EndpointGroupEndpoints.Json(context, g)));
            });
        filter.MapMethods("/endpoints/{endpointId}/projects", ResourceJson.GetOrHead,
            async (string endpointId, HttpContext context, ProjectEndpointService service, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.ListProjectsForEndpoint);
                await service.RequireEndpointAsync(endpointId, context.RequestAborted);
                var ids = await service.ProjectIdsForEndpointAsync(endpointId, context.RequestAborted);
                var projects = await service.ProjectsAsync(ids, context.RequestAborted);
                return ResourceJson.Collection(context, "projects", projects.Select(p => ProjectEndpoints.Json(context, p)));
            });
        return endpoints;
    }
}
