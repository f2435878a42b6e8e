using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Catalog;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/services</c> (api-ref service-catalog.inc, services).</summary>
internal static class ServiceEndpoints
{
    public static IEndpointRouteBuilder MapServiceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/services", async (HttpContext context, ServiceService services, IdentityPolicyEnforcer policy, ListLimits limits) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.ListServices);
            var query = context.Request.Query;
            var list = limits.Apply(await services.ListAsync(query["type"].FirstOrDefault(), query["name"].FirstOrDefault(), context.RequestAborted), ListLimitSections.Catalog);
            return Results.Json(ResourceJson.MarkTruncated(new JsonObject
            {
                ["services"] = new JsonArray([.. list.Items.Select(s => (JsonNode)View(context, s))]),
                ["links"] = RoleAssignmentHttp.CollectionLinks(context),
            }, list.Truncated));
        });

        endpoints.MapPost("/v3/services", async (HttpContext context, ServiceService services, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.CreateService);
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "service");
            var service = await services.CreateAsync(body, context.RequestAborted);
            return Results.Json(new { service = View(context, service) }, statusCode: StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("service-create"));

        endpoints.MapGet("/v3/services/{serviceId}", async (HttpContext context, string serviceId, ServiceService services, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.GetService);
            return Results.Json(new { service = View(context, await services.GetAsync(serviceId, context.RequestAborted)) });
        });

        endpoints.MapPatch("/v3/services/{serviceId}", async (HttpContext context, string serviceId, ServiceService services, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.UpdateService);
            var body = await RoleAssignmentHttp.ReadMemberAsync(context.Request, "service");
            return Results.Json(new { service = View(context, await services.UpdateAsync(serviceId, body, context.RequestAborted)) });
        }).WithBodySchema(IdentitySchemas.Get("service-update"));

        endpoints.MapDelete("/v3/services/{serviceId}", async (HttpContext context, string serviceId, ServiceService services, IdentityPolicyEnforcer policy) =>
        {
            policy.Enforce(context.GetAuth(), CatalogPolicies.DeleteService);
            await services.DeleteAsync(serviceId, context.RequestAborted);
            return Results.NoContent();
        });

        return endpoints;
    }

    // Keystone keeps name and description in extra, so they are written only when set.
    public static JsonObject View(HttpContext context, Service service)
    {
        var json = service.Extra.DeepClone().AsObject();
        json["id"] = service.Id;
        json["type"] = service.Type;
        json["enabled"] = service.Enabled;
        if (service.Name.Length > 0)
        {
            json["name"] = service.Name;
        }

        if (service.Description is not null)
        {
            json["description"] = service.Description;
        }

        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/services/{service.Id}");
        return json;
    }
}
