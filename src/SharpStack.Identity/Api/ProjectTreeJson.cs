using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Projects;

namespace SharpStack.Identity.Api;

/// <summary>Adds <c>parents</c> and <c>subtree</c> to a shown project as its query asks (keystone/api/projects.py _expand_project_ref).</summary>
internal static class ProjectTreeJson
{
    public static async Task<JsonObject> ExpandAsync(HttpContext context, JsonObject json, ProjectView project, ProjectTree tree, string userId)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var parentsAsList = IsTrue(request, "parents_as_list");
        var parentsAsIds = IsTrue(request, "parents_as_ids");
        var subtreeAsList = IsTrue(request, "subtree_as_list");
        var subtreeAsIds = IsTrue(request, "subtree_as_ids");
        if (parentsAsList && parentsAsIds)
        {
            throw new BadRequestException("Cannot use parents_as_list and parents_as_ids query params at the same time.");
        }

        if (subtreeAsList && subtreeAsIds)
        {
            throw new BadRequestException("Cannot use subtree_as_list and subtree_as_ids query params at the same time.");
        }

        if (parentsAsList)
        {
            json["parents"] = Wrap(context, await tree.ParentsAsListAsync(project, userId, cancellationToken));
        }
        else if (parentsAsIds)
        {
            json["parents"] = await tree.ParentsAsIdsAsync(project, cancellationToken);
        }

        if (subtreeAsList)
        {
            json["subtree"] = Wrap(context, await tree.SubtreeAsListAsync(project, userId, cancellationToken));
        }
        else if (subtreeAsIds)
        {
            json["subtree"] = await tree.SubtreeAsIdsAsync(project, cancellationToken);
        }

        return json;
    }

    private static JsonArray Wrap(HttpContext context, IEnumerable<ProjectView> projects) =>
        new([.. projects.Select(p => (JsonNode)new JsonObject { ["project"] = ProjectEndpoints.Json(context, p) })]);

    // Keystone's query_filter_is_true: present and not "0" or "false".
    private static bool IsTrue(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value)
        && !string.Equals(value.ToString(), "0", StringComparison.Ordinal)
        && !string.Equals(value.ToString(), "false", StringComparison.OrdinalIgnoreCase);
}
