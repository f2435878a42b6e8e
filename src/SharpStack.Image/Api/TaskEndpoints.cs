using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SharpStack.Hosting;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Application.Tasks;

namespace SharpStack.Image.Api;

/// <summary><c>/v2/tasks</c> and <c>/v2/images/{id}/tasks</c> (api-ref tasks.inc, images-import.inc).</summary>
internal static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v2/tasks", async (HttpContext context, ImagePolicy policy, TaskQueryService tasks, IOptions<HttpApiOptions> api) =>
        {
            policy.Enforce(ImagePolicyRules.TasksApiAccess);
            policy.Enforce(ImagePolicyRules.GetTasks);
            var query = TaskListQuery.Parse(context.Request.Query, api.Value.MaxLimit);
            var list = await tasks.ListAsync(query, policy.ProjectId, policy.IsAdmin, context.RequestAborted);
            var body = new JsonObject
            {
                ["tasks"] = new JsonArray([.. list.Select(task => (JsonNode)TaskView.Stub(task))]),
                ["first"] = WithQuery("/v2/tasks", context.Request.Query, null),
                ["schema"] = "/v2/schemas/tasks",
            };
            if (list.Count > 0 && list.Count == query.Limit)
            {
                body["next"] = WithQuery("/v2/tasks", context.Request.Query, list[^1].Id);
            }

            return Results.Json(body);
        });

        endpoints.MapGet("/v2/tasks/{taskId}", async (HttpContext context, string taskId, ImagePolicy policy, TaskQueryService tasks) =>
        {
            policy.Enforce(ImagePolicyRules.TasksApiAccess);
            policy.Enforce(ImagePolicyRules.GetTask);
            return Results.Json(TaskView.Full(await tasks.GetAsync(taskId, policy.ProjectId, policy.IsAdmin, context.RequestAborted)));
        });

        endpoints.MapGet("/v2/images/{imageId}/tasks", async (HttpContext context, string imageId, ImageLookup images, ImagePolicy policy, TaskQueryService tasks) =>
        {
            var image = await images.GetVisibleAsync(imageId, context.RequestAborted);
            var list = await tasks.ForImageAsync(image.Id, policy.ProjectId, policy.IsAdmin, context.RequestAborted);
            return Results.Json(new JsonObject { ["tasks"] = new JsonArray([.. list.Select(task => (JsonNode)TaskView.Record(task))]) });
        });

        return endpoints;
    }

    private static string WithQuery(string path, IQueryCollection query, string? marker)
    {
        var parameters = query.Where(pair => pair.Key != "marker")
            .SelectMany(pair => pair.Value.Select(value => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(value ?? "")}"))
            .ToList();
        if (marker is not null)
        {
            parameters.Add("marker=" + marker);
        }

        return parameters.Count == 0 ? path : $"{path}?{string.Join('&', parameters)}";
    }
}
