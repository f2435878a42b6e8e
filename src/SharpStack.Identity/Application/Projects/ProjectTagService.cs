using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Projects;

/// <summary>The tags of one project: <c>/v3/projects/{id}/tags</c>.</summary>
internal sealed class ProjectTagService(IdentityDbContext db, IdentityPolicyEnforcer policy)
{
    public async Task<IReadOnlyList<string>> ListAsync(AuthContext auth, string projectId, CancellationToken cancellationToken)
    {
        var project = await LoadAsync(auth, "identity:list_project_tags", projectId, cancellationToken);
        return Names(project);
    }

    public async Task<IReadOnlyList<string>> ReplaceAsync(AuthContext auth, string projectId, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var project = await LoadAsync(auth, "identity:update_project_tags", projectId, cancellationToken);
        AssertMutable(project, "update");
        ProjectService.ReplaceTags(project, tags);
        await db.SaveChangesAsync(cancellationToken);
        return Names(project);
    }

    public async Task DeleteAllAsync(AuthContext auth, string projectId, CancellationToken cancellationToken)
    {
        var project = await LoadAsync(auth, "identity:delete_project_tags", projectId, cancellationToken);
        AssertMutable(project, "update");
        project.Tags.Clear();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CheckAsync(AuthContext auth, string projectId, string tag, CancellationToken cancellationToken)
    {
        var project = await LoadAsync(auth, "identity:get_project_tag", projectId, cancellationToken);
        if (!project.Tags.Any(t => t.Name == tag))
        {
            throw new NotFoundException($"Could not find project tag: {tag}.");
        }
    }

    public async Task AddAsync(AuthContext auth, string projectId, string tag, CancellationToken cancellationToken)
    {
        var project = await LoadAsync(auth, "identity:create_project_tag", projectId, cancellationToken);
        AssertMutable(project, "create");
        ProjectTagRules.ValidateOne(tag);
        if (project.Tags.Any(t => t.Name == tag))
        {
            return;
        }

        if (project.Tags.Count >= ProjectTagRules.MaxTags)
        {
            throw SchemaErrors.Invalid("tags", System.Text.Json.Nodes.JsonValue.Create($"{project.Tags.Count + 1} tags"),
                $"is too long: a project has at most {ProjectTagRules.MaxTags} tags");
        }

        project.Tags.Add(new ProjectTag { ProjectId = projectId, Name = tag });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(AuthContext auth, string projectId, string tag, CancellationToken cancellationToken)
    {
        var project = await LoadAsync(auth, "identity:delete_project_tag", projectId, cancellationToken);
        AssertMutable(project, "delete");
        if (project.Tags.RemoveAll(t => t.Name == tag) == 0)
        {
            throw new NotFoundException($"Could not find project tag: {tag}.");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Project> LoadAsync(AuthContext auth, string action, string projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        policy.Enforce(auth, action, ProjectService.Target(project is null ? null : ProjectView.From(project), projectId));
        return project ?? throw ResourceErrors.NotFound("project", projectId);
    }

    // Keystone's wording (keystone/resource/core.py) ends in "creating project tags." whatever the operation.
    private static void AssertMutable(Project project, string operation)
    {
        if (ImmutableOption.IsSet(project.Options))
        {
            throw new ForbiddenException(
                $"Cannot {operation} project tags for {project.Id}, project is immutable. Set \"immutable\" option to false before creating project tags.");
        }
    }

    private static IReadOnlyList<string> Names(Project project) => [.. project.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)];
}
