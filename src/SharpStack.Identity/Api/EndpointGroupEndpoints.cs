using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.EndpointFilter;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's OS-EP-FILTER endpoint groups (api-ref v3-ext ep-filter.inc).</summary>
internal static class EndpointGroupEndpoints
{
    public static IEndpointRouteBuilder MapEndpointGroupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var groups = endpoints.MapGroup("/v3/OS-EP-FILTER/endpoint_groups");
        groups.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, EndpointGroupService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.ListEndpointGroups);
            var name = context.Request.Query["name"];
            var all = await service.ListAsync(name.Count == 0 ? null : name.ToString(), context.RequestAborted);
            return ResourceJson.Collection(context, "endpoint_groups", all.Select(g => Json(context, g)));
        });
        groups.MapPost("", async (HttpContext context, EndpointGroupService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.CreateEndpointGroup);
            var request = EndpointGroupRequest.ForCreate(await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted));
            var created = await service.CreateAsync(request, context.RequestAborted);
            return ResourceJson.Member("endpoint_group", Json(context, created), StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("endpoint-group-create"));
        groups.MapMethods("/{groupId}", ResourceJson.GetOrHead, async (string groupId, HttpContext context, EndpointGroupService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.GetEndpointGroup);
            return ResourceJson.Member("endpoint_group", Json(context, await service.GetAsync(groupId, context.RequestAborted)));
        });
        groups.MapPatch("/{groupId}", async (string groupId, HttpContext context, EndpointGroupService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.UpdateEndpointGroup);
            var request = EndpointGroupRequest.ForUpdate(await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted));
            return ResourceJson.Member("endpoint_group", Json(context, await service.UpdateAsync(groupId, request, context.RequestAborted)));
        }).WithBodySchema(IdentitySchemas.Get("endpoint-group-update"));
        groups.MapDelete("/{groupId}", async (string groupId, HttpContext context, EndpointGroupService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.DeleteEndpointGroup);
            await service.DeleteAsync(groupId, context.RequestAborted);
            return Results.NoContent();
        });
        groups.MapMethods("/{groupId}/endpoints", ResourceJson.GetOrHead, async (string groupId, HttpContext context, EndpointGroupService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.ListEndpointsAssociatedWithEndpointGroup);
            var matching = await service.EndpointsAsync(groupId, context.RequestAborted);
            return ResourceJson.Collection(context, "endpoints", matching.Select(e => EndpointEndpoints.View(context, e)));
        });
        groups.MapMethods("/{groupId}/projects", ResourceJson.GetOrHead,
            async (string groupId, HttpContext context, EndpointGroupService service, ProjectEndpointService projects, IdentityPolicyEnforcer enforcer) =>
            {
                enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.ListProjectsAssociatedWithEndpointGroup);
                var ids = await service.ProjectIdsAsync(groupId, context.RequestAborted);
                var views = await projects.ProjectsAsync(ids, context.RequestAborted);
                return ResourceJson.Collection(context, "projects", views.Select(p => ProjectEndpoints.Json(context, p)));
            });
        MapProjectAssociation(groups.MapGroup("/{groupId}/projects/{projectId}"));
        return endpoints;
    }

    public static JsonObject Json(HttpContext context, EndpointGroup group) => new()
    {
        ["id"] = group.Id,
        ["name"] = group.Name,
        ["description"] = group.Description,
        ["filters"] = group.Filters.DeepClone(),
        ["links"] = new JsonObject { ["self"] = new Uri(context.GetPublicBaseUri(), $"v3/OS-EP-FILTER/endpoint_groups/{group.Id}").ToString() },
    };

    private static void MapProjectAssociation(RouteGroupBuilder association)
    {
        association.MapMethods("", ResourceJson.GetOrHead, async (string groupId, string projectId, HttpContext context, EndpointGroupService service, ProjectEndpointService projects, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.GetEndpointGroupInProject);
            await projects.RequireProjectAsync(projectId, context.RequestAborted);
            await service.GetAsync(groupId, context.RequestAborted);
            await service.CheckInProjectAsync(groupId, projectId, context.RequestAborted);
            return ResourceJson.Member("project_endpoint_group", new JsonObject
            {
                ["endpoint_group_id"] = groupId,
                ["project_id"] = projectId,
                ["links"] = new JsonObject
                {
                    ["self"] = new Uri(context.GetPublicBaseUri(), $"v3/OS-EP-FILTER/endpoint_groups/{groupId}/projects/{projectId}").ToString(),
                },
            });
        });
        association.MapPut("", async (string groupId, string projectId, HttpContext context, EndpointGroupService service, ProjectEndpointService projects, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.AddEndpointGroupToProject);
            await projects.RequireProjectAsync(projectId, context.RequestAborted);
            await service.GetAsync(groupId, context.RequestAborted);
            await service.AddToProjectAsync(groupId, projectId, context.RequestAborted);
            return Results.NoContent();
        });
        association.MapDelete("", async (string groupId, string projectId, HttpContext context, EndpointGroupService service, ProjectEndpointService projects, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), EndpointFilterPolicies.RemoveEndpointGroupFromProject);
            await projects.RequireProjectAsync(projectId, context.RequestAborted);
            await service.GetAsync(groupId, context.RequestAborted);
            await service.RemoveFromProjectAsync(groupId, projectId, context.RequestAborted);
            return Results.NoContent();
        });
    }
}
