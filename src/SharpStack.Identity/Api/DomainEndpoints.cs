using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application;
using SharpStack.Identity.Application.Domains;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/domains</c> (api-ref/source/v3/domains.inc).</summary>
internal static class DomainEndpoints
{
    public static IEndpointRouteBuilder MapDomainEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var domains = endpoints.MapGroup("/v3/domains");
        domains.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, DomainService service, ListLimits limits) =>
        {
            var found = limits.Apply(await service.ListAsync(context.GetAuth(), QueryValues.String(context.Request, "name"),
                QueryValues.Boolean(context.Request, "enabled"), context.RequestAborted), ListLimitSections.Resource);
            return ResourceJson.Collection(context, "domains", found.Items.Select(d => Json(context, d)), found.Truncated);
        });
        domains.MapPost("", async (HttpContext context, DomainService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "domain");
            fields.Ignore("id");
            var input = Read(fields) with { Id = ExplicitId(fields) };
            var domain = await service.CreateAsync(context.GetAuth(), input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("domain", Json(context, domain), StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("domain-create"));
        domains.MapMethods("/{domainId}", ResourceJson.GetOrHead, async (HttpContext context, string domainId, DomainService service) =>
            ResourceJson.Member("domain", Json(context, await service.GetAsync(context.GetAuth(), domainId, context.RequestAborted))));
        domains.MapMethods("/{domainId}", ["PATCH"], async (HttpContext context, string domainId, DomainService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "domain");
            var input = Read(fields) with { Id = fields.Text("id") };
            var domain = await service.UpdateAsync(context.GetAuth(), domainId, input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("domain", Json(context, domain));
        }).WithBodySchema(IdentitySchemas.Get("domain-update"));
        domains.MapDelete("/{domainId}", async (HttpContext context, string domainId, DomainService service) =>
        {
            await service.DeleteAsync(context.GetAuth(), domainId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static DomainInput Read(RequestFields fields)
    {
        fields.Ignore("links", "tags");
        return new DomainInput
        {
            Name = fields.Text("name"),
            Description = fields.String("description"),
            Enabled = fields.Boolean("enabled"),
            Options = fields.Object("options"),
            Members = fields.Count,
        };
    }

    // Beyond the schema's id pattern Keystone takes only the hex form of a UUID (keystone/api/domains.py, _validate_id_format).
    private static Optional<string> ExplicitId(RequestFields fields)
    {
        var id = fields.Text("explicit_domain_id");
        return !id.IsSet || (id.Value.Length == 32 && id.Value.All(char.IsAsciiHexDigitLower))
            ? id
            : throw new BadRequestException("Domain ID does not conform to required UUID format.");
    }

    public static JsonObject Json(HttpContext context, IdentityDomain domain) =>
        ResourceJson.Resource(context, "domains", domain.Id, domain.Extra, new JsonObject
        {
            ["id"] = domain.Id,
            ["name"] = domain.Name,
            ["description"] = domain.Description,
            ["enabled"] = domain.Enabled,
            ["tags"] = new JsonArray(),
            ["options"] = domain.Options.DeepClone(),
        });
}
