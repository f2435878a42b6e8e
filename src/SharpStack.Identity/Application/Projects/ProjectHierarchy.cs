using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharpStack.Common.Faults;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Projects;

/// <summary>The rules of the project tree: one domain per tree, bounded depth, enabled only under enabled parents.</summary>
internal sealed class ProjectHierarchy(IdentityDbContext db, IOptions<ResourceOptions> options)
{
    /// <summary>The project and its ancestors, nearest first.</summary>
    public async Task<List<Project>> LineageAsync(Project project, CancellationToken cancellationToken)
    {
        var lineage = new List<Project> { project };
        var parentId = project.ParentId;
        while (parentId is not null && lineage.Count <= 1000)
        {
            var parent = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken);
            if (parent is null)
            {
                break;
            }

            lineage.Add(parent);
            parentId = parent.ParentId;
        }

        return lineage;
    }

    public async Task AssertCanAddChildAsync(Project parent, string domainId, CancellationToken cancellationToken)
    {
        if (parent.DomainId != domainId)
        {
            throw new BadRequestException(
                $"Cannot create project, since it specifies its domain_id {domainId}, but specifies a parent in a different domain ({parent.DomainId}).");
        }

        var lineage = await LineageAsync(parent, cancellationToken);
        var disabled = lineage.FirstOrDefault(p => !p.Enabled);
        if (disabled is not null)
        {
            throw new BadRequestException($"cannot create a project in a branch containing a disabled project: {disabled.Id}");
        }

        if (!await db.Domains.AnyAsync(d => d.Id == domainId && d.Enabled, cancellationToken))
        {
            throw new BadRequestException($"cannot create a project in a branch containing a disabled project: {domainId}");
        }

        // The new project sits one level below the parent's lineage.
        if (lineage.Count + 1 > options.Value.MaxProjectTreeDepth)
        {
            throw new ForbiddenException($"Max hierarchy depth reached for {parent.Id} branch.");
        }
    }

    public async Task AssertParentsEnabledAsync(Project project, CancellationToken cancellationToken)
    {
        var lineage = await LineageAsync(project, cancellationToken);
        if (lineage.Skip(1).Any(p => !p.Enabled))
        {
            throw new ForbiddenException($"Cannot enable project {project.Id} since it has disabled parents");
        }
    }

    public async Task AssertSubtreeDisabledAsync(Project project, CancellationToken cancellationToken)
    {
        var level = new List<string> { project.Id };
        while (level.Count > 0)
        {
            var children = await db.Projects.AsNoTracking().Where(p => p.ParentId != null && level.Contains(p.ParentId))
                .Select(p => new { p.Id, p.Enabled }).ToListAsync(cancellationToken);
            if (children.Any(c => c.Enabled))
            {
                throw new ForbiddenException($"Cannot disable project {project.Id} since its subtree contains enabled projects.");
            }

            level = [.. children.Select(c => c.Id)];
        }
    }
}
