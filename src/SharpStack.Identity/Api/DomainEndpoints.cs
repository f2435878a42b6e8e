using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Identity.Application.Domains;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/domains</c> (api-ref/source/v3/domains.inc).</summary>
internal static class DomainEndpoints
{
    public static IEndpointRouteBuilder MapDomainEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var domains = endpoints.MapGroup("/v3/domains");
        domains.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, DomainService service) =>
        {
            var found = await service.ListAsync(context.GetAuth(), QueryValues.String(context.Request, "name"),
                QueryValues.Boolean(context.Request, "enabled"), context.RequestAborted);
            return ResourceJson.Collection(context, "domains", found.Select(d => Json(context, d)));
        });
        domains.MapPost("", async (HttpContext context, DomainService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "domain");
            fields.Require("name");
            fields.Ignore("id");
            var input = Read(fields) with { Id = fields.Name("explicit_domain_id", KeystoneIds.MaxLength) };
            var domain = await service.CreateAsync(context.GetAuth(), input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("domain", Json(context, domain), StatusCodes.Status201Created);
        });
        domains.MapMethods("/{domainId}", ResourceJson.GetOrHead, async (HttpContext context, string domainId, DomainService service) =>
            ResourceJson.Member("domain", Json(context, await service.GetAsync(context.GetAuth(), domainId, context.RequestAborted))));
        domains.MapMethods("/{domainId}", ["PATCH"], async (HttpContext context, string domainId, DomainService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "domain");
            fields.RequireAny();
            var input = Read(fields) with { Id = fields.Name("id", KeystoneIds.MaxLength) };
            var domain = await service.UpdateAsync(context.GetAuth(), domainId, input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("domain", Json(context, domain));
        });
        domains.MapDelete("/{domainId}", async (HttpContext context, string domainId, DomainService service) =>
        {
            await service.DeleteAsync(context.GetAuth(), domainId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static DomainInput Read(RequestFields fields)
    {
        fields.Ignore("links", "options", "tags");
        return new DomainInput
        {
            Name = fields.Name("name", IdentityDomain.NameMaxLength),
            Description = fields.String("description"),
            Enabled = fields.Boolean("enabled"),
        };
    }

    public static JsonObject Json(HttpContext context, IdentityDomain domain) =>
        ResourceJson.Resource(context, "domains", domain.Id, domain.Extra, new JsonObject
        {
            ["id"] = domain.Id,
            ["name"] = domain.Name,
            ["description"] = domain.Description,
            ["enabled"] = domain.Enabled,
            ["tags"] = new JsonArray(),
            ["options"] = new JsonObject(),
        });
}
