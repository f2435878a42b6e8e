using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Common.Faults;
using SharpStack.Hosting;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Auth;
using SharpStack.Identity.Application.Tokens;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/auth/catalog</c>, <c>/v3/auth/projects</c>, <c>/v3/auth/domains</c>, <c>/v3/auth/system</c>: what the caller's token may see and scope to.</summary>
internal static class AuthScopeEndpoints
{
    public static IEndpointRouteBuilder MapAuthScopeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/auth/catalog", CatalogAsync);
        endpoints.MapGet("/v3/auth/projects", ProjectsAsync);
        endpoints.MapGet("/v3/auth/domains", DomainsAsync);
        endpoints.MapGet("/v3/auth/system", SystemAsync);
        return endpoints;
    }

    private static async Task<IResult> CatalogAsync(HttpContext context, CatalogBuilder catalog, CancellationToken cancellationToken)
    {
        var auth = context.GetAuth();
        // Keystone answers 403 to system- and domain-scoped tokens as well as to unscoped ones (keystone/api/auth.py).
        if (auth.ProjectId is null)
        {
            throw new ForbiddenException("You are not authorized to perform the requested action: A project-scoped token is required to produce a service catalog.");
        }

        var services = await catalog.BuildAsync(auth.UserId, auth.ProjectId, cancellationToken);
        return Results.Json(new { catalog = AuthTokenBodies.Catalog(services), links = Links(context) });
    }

    private static async Task<IResult> ProjectsAsync(HttpContext context, AuthScopeTargets targets, CancellationToken cancellationToken)
    {
        var baseUri = context.GetPublicBaseUri();
        var projects = await targets.ProjectsAsync(context.GetAuth().UserId, cancellationToken);
        return Results.Json(new
        {
            projects = projects.Select(p => new
            {
                id = p.Id,
                name = p.Name,
                domain_id = p.DomainId,
                description = p.Description ?? string.Empty,
                enabled = p.Enabled,
                parent_id = p.ParentId ?? p.DomainId,
                is_domain = p.IsDomain,
                tags = p.Tags.Select(t => t.Name).ToList(),
                options = new JsonObject(),
                links = new { self = new Uri(baseUri, $"v3/projects/{p.Id}").ToString() },
            }),
            links = Links(context),
        });
    }

    private static async Task<IResult> DomainsAsync(HttpContext context, AuthScopeTargets targets, CancellationToken cancellationToken)
    {
        var baseUri = context.GetPublicBaseUri();
        var domains = await targets.DomainsAsync(context.GetAuth().UserId, cancellationToken);
        return Results.Json(new
        {
            domains = domains.Select(d => new
            {
                id = d.Id,
                name = d.Name,
                description = d.Description ?? string.Empty,
                enabled = d.Enabled,
                tags = Array.Empty<string>(),
                options = new JsonObject(),
                links = new { self = new Uri(baseUri, $"v3/domains/{d.Id}").ToString() },
            }),
            links = Links(context),
        });
    }

    private static async Task<IResult> SystemAsync(HttpContext context, AuthScopeTargets targets, CancellationToken cancellationToken)
    {
        var hasRole = await targets.HasSystemRoleAsync(context.GetAuth().UserId, cancellationToken);
        return Results.Json(new { system = hasRole ? new[] { new { all = true } } : [], links = Links(context) });
    }

    private static object Links(HttpContext context) =>
        new { self = context.GetPublicRequestUri().ToString(), previous = (string?)null, next = (string?)null };
}
