using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.DomainConfigs;
using SharpStack.Identity.Application.Policies;

namespace SharpStack.Identity.Api;

/// <summary>Keystone's domain configuration API (api-ref v3 domains-config-v3.inc).</summary>
internal static class DomainConfigEndpoints
{
    public static IEndpointRouteBuilder MapDomainConfigEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/v3/domains/config/default", ResourceJson.GetOrHead, (HttpContext context, IdentityPolicyEnforcer enforcer) =>
            Default(context, enforcer, null, null));
        endpoints.MapMethods("/v3/domains/config/{group}/default", ResourceJson.GetOrHead, (string group, HttpContext context, IdentityPolicyEnforcer enforcer) =>
            Default(context, enforcer, group, null));
        endpoints.MapMethods("/v3/domains/config/{group}/{option}/default", ResourceJson.GetOrHead,
            (string group, string option, HttpContext context, IdentityPolicyEnforcer enforcer) => Default(context, enforcer, group, option));

        var config = endpoints.MapGroup("/v3/domains/{domainId}/config");
        config.MapPut("", async (string domainId, HttpContext context, DomainConfigService service, IdentityPolicyEnforcer enforcer) =>
        {
            enforcer.Enforce(context.GetAuth(), DomainConfigPolicies.CreateDomainConfig);
            await service.RequireDomainAsync(domainId, context.RequestAborted);
            var (created, isNew) = await service.CreateAsync(domainId, await ConfigAsync(context), context.RequestAborted);
            return ResourceJson.Member("config", created, isNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }).WithBodySchema(IdentitySchemas.Get("domain-config"));
        foreach (var pattern in new[] { "", "/{group}", "/{group}/{option}" })
        {
            config.MapMethods(pattern, ResourceJson.GetOrHead, GetAsync);
            config.MapPatch(pattern, UpdateAsync).WithBodySchema(IdentitySchemas.Get("domain-config"));
            config.MapDelete(pattern, DeleteAsync);
        }

        return endpoints;
    }

    private static IResult Default(HttpContext context, IdentityPolicyEnforcer enforcer, string? group, string? option)
    {
        enforcer.Enforce(context.GetAuth(), DomainConfigPolicies.GetDomainConfigDefault);
        return ResourceJson.Member("config", DomainConfigService.Defaults(group, option));
    }

    private static async Task<IResult> GetAsync(string domainId, HttpContext context, DomainConfigService service, IdentityPolicyEnforcer enforcer, string? group = null, string? option = null)
    {
        var auth = context.GetAuth();
        // Keystone checks the policy before reporting an unknown domain, so as not to reveal which domains exist.
        if (group == DomainConfigOptions.SecurityCompliance)
        {
            enforcer.Enforce(auth, DomainConfigPolicies.GetSecurityComplianceDomainConfig);
            await service.RequireDomainAsync(domainId, context.RequestAborted);
            return ResourceJson.Member("config", service.SecurityCompliance(domainId, option));
        }

        enforcer.Enforce(auth, DomainConfigPolicies.GetDomainConfig);
        await service.RequireDomainAsync(domainId, context.RequestAborted);
        return ResourceJson.Member("config", await service.GetAsync(domainId, group, option, context.RequestAborted));
    }

    private static async Task<IResult> UpdateAsync(string domainId, HttpContext context, DomainConfigService service, IdentityPolicyEnforcer enforcer, string? group = null, string? option = null)
    {
        enforcer.Enforce(context.GetAuth(), DomainConfigPolicies.UpdateDomainConfig);
        await service.RequireDomainAsync(domainId, context.RequestAborted);
        var updated = await service.UpdateAsync(domainId, await ConfigAsync(context), group, option, context.RequestAborted);
        return ResourceJson.Member("config", updated);
    }

    private static async Task<IResult> DeleteAsync(string domainId, HttpContext context, DomainConfigService service, IdentityPolicyEnforcer enforcer, string? group = null, string? option = null)
    {
        enforcer.Enforce(context.GetAuth(), DomainConfigPolicies.DeleteDomainConfig);
        await service.RequireDomainAsync(domainId, context.RequestAborted);
        await service.DeleteAsync(domainId, group, option, context.RequestAborted);
        return Results.NoContent();
    }

    /// <summary>The <c>config</c> member; Keystone treats a missing one as empty (then "No options specified").</summary>
    private static async Task<JsonObject> ConfigAsync(HttpContext context)
    {
        var root = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
        return root["config"] as JsonObject ?? [];
    }
}
