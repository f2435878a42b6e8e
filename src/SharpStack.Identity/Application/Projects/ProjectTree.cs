using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Application.Users;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Projects;

/// <summary>
/// The <c>parents_as_ids</c>, <c>subtree_as_ids</c>, <c>parents_as_list</c> and <c>subtree_as_list</c> views of a project.
/// The ids views show the whole tree, the domain at the top; the lists show only projects the caller has a role on.
/// </summary>
internal sealed class ProjectTree(IdentityDbContext db, UserRelationsService relations)
{
    /// <summary>Nested ids from the parent up to the domain, e.g. <c>{"B": {"A": {"default": null}}}</c>; null for a domain.</summary>
    public async Task<JsonObject?> ParentsAsIdsAsync(ProjectView project, CancellationToken cancellationToken)
    {
        if (project.IsDomain || project.ParentId is null)
        {
            return null;
        }

        var ancestors = await AncestorsAsync(project, cancellationToken);
        JsonObject? nested = new JsonObject { [project.DomainId!] = null };
        foreach (var ancestor in ancestors.AsEnumerable().Reverse())
        {
            nested = new JsonObject { [ancestor.Id] = nested };
        }

        return nested;
    }

    public async Task<IReadOnlyList<ProjectView>> ParentsAsListAsync(ProjectView project, string userId, CancellationToken cancellationToken)
    {
        if (project.IsDomain)
        {
            return [];
        }

        var visible = await VisibleAsync(userId, cancellationToken);
        return [.. (await AncestorsAsync(project, cancellationToken)).Where(p => visible.Contains(p.Id)).Select(ProjectView.From)];
    }

    /// <summary>Nested ids of the descendants, e.g. <c>{"B": {"C": null, "D": null}}</c>; null without children.</summary>
    public async Task<JsonObject?> SubtreeAsIdsAsync(ProjectView project, CancellationToken cancellationToken)
    {
        var (children, _) = await DescendantsAsync(project, cancellationToken);
        JsonObject? Build(string id)
        {
            if (!children.TryGetValue(id, out var list) || list.Count == 0)
            {
                return null;
            }

            var node = new JsonObject();
            foreach (var child in list)
            {
                node[child.Id] = Build(child.Id);
            }

            return node;
        }

        return Build(project.Id);
    }

    public async Task<IReadOnlyList<ProjectView>> SubtreeAsListAsync(ProjectView project, string userId, CancellationToken cancellationToken)
    {
        var (_, all) = await DescendantsAsync(project, cancellationToken);
        var visible = await VisibleAsync(userId, cancellationToken);
        return [.. all.Where(p => visible.Contains(p.Id)).Select(ProjectView.From)];
    }

    private async Task<List<Project>> AncestorsAsync(ProjectView project, CancellationToken cancellationToken)
    {
        var ancestors = new List<Project>();
        var parentId = project.ParentId == project.DomainId ? null : project.ParentId;
        while (parentId is not null && ancestors.Count < 1000)
        {
            var parent = await db.Projects.AsNoTracking().Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken);
            if (parent is null)
            {
                break;
            }

            ancestors.Add(parent);
            parentId = parent.ParentId;
        }

        return ancestors;
    }

    private async Task<(Dictionary<string, List<Project>> Children, List<Project> All)> DescendantsAsync(
        ProjectView project, CancellationToken cancellationToken)
    {
        var domainId = project.IsDomain ? project.Id : project.DomainId!;
        var inDomain = await db.Projects.AsNoTracking().Include(p => p.Tags).Where(p => p.DomainId == domainId).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var children = inDomain.GroupBy(p => p.ParentId ?? p.DomainId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var all = new List<Project>();
        var queue = new Queue<string>([project.Id]);
        while (queue.Count > 0)
        {
            foreach (var child in children.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                all.Add(child);
                queue.Enqueue(child.Id);
            }
        }

        return (children, all);
    }

    private async Task<HashSet<string>> VisibleAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await relations.EffectiveProjectsAsync(userId, cancellationToken)).Select(p => p.Id)];
}
