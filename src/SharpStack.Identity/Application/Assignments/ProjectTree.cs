using Microsoft.EntityFrameworkCore;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Assignments;

/// <summary>The projects (not the domains acting as projects) and their hierarchy, read once for one computation.</summary>
internal sealed class ProjectTree
{
    private readonly Dictionary<string, ProjectNode> _projects;
    private readonly ILookup<string, ProjectNode> _children;

    private ProjectTree(List<ProjectNode> projects)
    {
        _projects = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _children = projects.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!, StringComparer.Ordinal);
    }

    public static async Task<ProjectTree> LoadAsync(IdentityDbContext db, CancellationToken cancellationToken) =>
        new(await db.Projects.AsNoTracking()
            .Where(p => !p.IsDomain)
            .Select(p => new ProjectNode(p.Id, p.DomainId, p.ParentId))
            .ToListAsync(cancellationToken));

    public ProjectNode? Find(string id) => _projects.GetValueOrDefault(id);

    /// <summary>The descendants of a project, without the project itself (Keystone's list_projects_in_subtree).</summary>
    public List<string> Subtree(string projectId)
    {
        var result = new List<string>();
        var pending = new Queue<string>([projectId]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { projectId };
        while (pending.TryDequeue(out var current))
        {
            foreach (var child in _children[current])
            {
                if (seen.Add(child.Id))
                {
                    result.Add(child.Id);
                    pending.Enqueue(child.Id);
                }
            }
        }

        return result;
    }

    /// <summary>The ancestors of a project up to its domain, nearest first.</summary>
    public List<string> Ancestors(string projectId)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { projectId };
        var current = Find(projectId);
        while (current?.ParentId is { } parentId && seen.Add(parentId) && Find(parentId) is { } parent)
        {
            result.Add(parent.Id);
            current = parent;
        }

        return result;
    }

    public List<string> InDomain(string domainId) =>
        [.. _projects.Values.Where(p => p.DomainId == domainId).Select(p => p.Id)];
}

internal sealed record ProjectNode(string Id, string DomainId, string? ParentId);
