using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Identity.Application.Lists;
using SharpStack.Identity.Application.Projects;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/projects</c> (api-ref/source/v3/projects.inc); the tags live in <see cref="ProjectTagEndpoints"/>.</summary>
internal static class ProjectEndpoints
{
    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/v3/projects");
        projects.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, ProjectService service, ListLimits limits) =>
        {
            var request = context.Request;
            var filter = new ProjectFilter
            {
                DomainId = QueryValues.String(request, "domain_id"),
                Name = QueryValues.String(request, "name"),
                ParentId = QueryValues.String(request, "parent_id"),
                Enabled = QueryValues.Boolean(request, "enabled"),
                IsDomain = QueryValues.Boolean(request, "is_domain") ?? false,
                Tags = QueryValues.List(request, "tags"),
                TagsAny = QueryValues.List(request, "tags-any"),
                NotTags = QueryValues.List(request, "not-tags"),
                NotTagsAny = QueryValues.List(request, "not-tags-any"),
            };
            var found = limits.Apply(await service.ListAsync(context.GetAuth(), filter, context.RequestAborted), ListLimitSections.Resource);
            return ResourceJson.Collection(context, "projects", found.Items.Select(p => Json(context, p)), found.Truncated);
        });
        projects.MapPost("", async (HttpContext context, ProjectService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "project");
            var input = Read(fields);
            var project = await service.CreateAsync(context.GetAuth(), input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("project", Json(context, project), StatusCodes.Status201Created);
        }).WithBodySchema(IdentitySchemas.Get("project-create"));
        projects.MapMethods("/{projectId}", ResourceJson.GetOrHead, async (HttpContext context, string projectId, ProjectService service, ProjectTree tree) =>
        {
            var auth = context.GetAuth();
            var project = await service.GetAsync(auth, projectId, context.RequestAborted);
            return ResourceJson.Member("project", await ProjectTreeJson.ExpandAsync(context, Json(context, project), project, tree, auth.UserId));
        });
        projects.MapMethods("/{projectId}", ["PATCH"], async (HttpContext context, string projectId, ProjectService service) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, "project");
            var input = Read(fields);
            var project = await service.UpdateAsync(context.GetAuth(), projectId, input with { Extra = fields.Extra() }, context.RequestAborted);
            return ResourceJson.Member("project", Json(context, project));
        }).WithBodySchema(IdentitySchemas.Get("project-update"));
        projects.MapDelete("/{projectId}", async (HttpContext context, string projectId, ProjectService service) =>
        {
            await service.DeleteAsync(context.GetAuth(), projectId, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static ProjectInput Read(RequestFields fields)
    {
        fields.Ignore("id", "links");
        return new ProjectInput
        {
            Name = fields.Text("name"),
            Description = fields.String("description"),
            DomainId = fields.String("domain_id"),
            ParentId = fields.String("parent_id"),
            Enabled = fields.Boolean("enabled"),
            IsDomain = fields.Boolean("is_domain"),
            Tags = fields.Tags("tags"),
            Options = fields.Object("options"),
            Members = fields.Count,
        };
    }

    public static JsonObject Json(HttpContext context, ProjectView project) =>
        ResourceJson.Resource(context, "projects", project.Id, project.Extra, new JsonObject
        {
            ["id"] = project.Id,
            ["name"] = project.Name,
            ["domain_id"] = project.DomainId,
            ["description"] = project.Description,
            ["enabled"] = project.Enabled,
            ["parent_id"] = project.ParentId,
            ["is_domain"] = project.IsDomain,
            ["tags"] = ResourceJson.Strings(project.Tags),
            ["options"] = project.Options.DeepClone(),
        });
}
