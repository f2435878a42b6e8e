using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SharpStack.Hosting;
using SharpStack.Hosting.Bodies;
using SharpStack.Hosting.Urls;
using SharpStack.Hosting.Versions;
using SharpStack.Identity.Application.Projects;

namespace SharpStack.Identity.Api;

/// <summary><c>/v3/projects/{project_id}/tags</c> (api-ref/source/v3/projects.inc, project tags).</summary>
internal static class ProjectTagEndpoints
{
    public static IEndpointRouteBuilder MapProjectTagEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var tags = endpoints.MapGroup("/v3/projects/{projectId}/tags");
        tags.MapMethods("", ResourceJson.GetOrHead, async (HttpContext context, string projectId, ProjectTagService service) =>
            Tags(context, await service.ListAsync(context.GetAuth(), projectId, context.RequestAborted)));
        tags.MapPut("", async (HttpContext context, string projectId, ProjectTagService service) =>
        {
            var body = await context.Request.ReadJsonBodyAsync<JsonObject>(context.RequestAborted);
            var values = ProjectTagRules.RefuseControlCharacters((JsonArray)IdentitySchemas.ValidateMember(body, "tags", "project-tags")!, "tags");
            return Tags(context, await service.ReplaceAsync(context.GetAuth(), projectId, values, context.RequestAborted));
        }).WithBodySchema(IdentitySchemas.Get("project-tags-update"));
        tags.MapDelete("", async (HttpContext context, string projectId, ProjectTagService service) =>
        {
            await service.DeleteAllAsync(context.GetAuth(), projectId, context.RequestAborted);
            return Results.NoContent();
        });
        tags.MapMethods("/{tag}", ["GET", "HEAD"], async (HttpContext context, string projectId, string tag, ProjectTagService service) =>
        {
            tag = RawPathSegment.Last(context, tag);
            await service.CheckAsync(context.GetAuth(), projectId, tag, context.RequestAborted);
            return Results.NoContent();
        });
        tags.MapPut("/{tag}", async (HttpContext context, string projectId, string tag, ProjectTagService service) =>
        {
            tag = RawPathSegment.Last(context, tag);
            await service.AddAsync(context.GetAuth(), projectId, tag, context.RequestAborted);
            context.Response.Headers.Location = context.GetPublicLocation("v3", "projects", projectId, "tags", tag);
            return Results.StatusCode(StatusCodes.Status201Created);
        });
        tags.MapDelete("/{tag}", async (HttpContext context, string projectId, string tag, ProjectTagService service) =>
        {
            tag = RawPathSegment.Last(context, tag);
            await service.DeleteAsync(context.GetAuth(), projectId, tag, context.RequestAborted);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static IResult Tags(HttpContext context, IReadOnlyList<string> tags) => Results.Json(new JsonObject
    {
        ["tags"] = ResourceJson.Strings(tags),
        ["links"] = new JsonObject { ["self"] = context.GetPublicRequestUri().ToString() },
    });
}
