using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Projects;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.EndpointFilter;

/// <summary>Endpoints associated directly with projects, and the lookups OS-EP-FILTER shares.</summary>
internal sealed class ProjectEndpointService(IdentityDbContext db, EndpointGroupService groups)
{
    public async Task<Endpoint> RequireEndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        await db.Endpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == endpointId, cancellationToken)
            ?? throw ResourceErrors.NotFound("endpoint", endpointId);

    public async Task<ProjectView> RequireProjectAsync(string projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        return project is null ? throw ResourceErrors.NotFound("project", projectId) : ProjectView.From(project);
    }

    /// <summary>The projects among <paramref name="projectIds"/> that still exist, in the given order.</summary>
    public async Task<IReadOnlyList<ProjectView>> ProjectsAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken)
    {
        var rows = await db.Projects.AsNoTracking().Include(p => p.Tags).Where(p => projectIds.Contains(p.Id)).ToListAsync(cancellationToken);
        return [.. projectIds.Select(id => rows.FirstOrDefault(p => p.Id == id)).OfType<Project>().Select(ProjectView.From)];
    }

    public async Task CheckAsync(string endpointId, string projectId, CancellationToken cancellationToken)
    {
        if (!await db.ProjectEndpoints.AnyAsync(m => m.EndpointId == endpointId && m.ProjectId == projectId, cancellationToken))
        {
            throw new NotFoundException($"Endpoint {endpointId} not found in project {projectId}");
        }
    }

    public async Task AddAsync(string endpointId, string projectId, CancellationToken cancellationToken)
    {
        if (await db.ProjectEndpoints.AnyAsync(m => m.EndpointId == endpointId && m.ProjectId == projectId, cancellationToken))
        {
            throw ResourceErrors.Conflict("project_endpoint", "Duplicate entry");
        }

        db.ProjectEndpoints.Add(new ProjectEndpoint { EndpointId = endpointId, ProjectId = projectId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw new ConflictException("Conflict occurred attempting to store project_endpoint - Duplicate entry.", null, exception);
        }
    }

    public async Task RemoveAsync(string endpointId, string projectId, CancellationToken cancellationToken)
    {
        await CheckAsync(endpointId, projectId, cancellationToken);
        await db.ProjectEndpoints.Where(m => m.EndpointId == endpointId && m.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ProjectIdsForEndpointAsync(string endpointId, CancellationToken cancellationToken) =>
        await db.ProjectEndpoints.AsNoTracking().Where(m => m.EndpointId == endpointId)
            .OrderBy(m => m.ProjectId).Select(m => m.ProjectId).ToListAsync(cancellationToken);

    /// <summary>catalog Manager.list_endpoints_for_project: the directly associated endpoints, then those of the project's endpoint groups.</summary>
    public async Task<IReadOnlyList<Endpoint>> EndpointsForProjectAsync(string projectId, CancellationToken cancellationToken)
    {
        var direct = db.ProjectEndpoints.Where(m => m.ProjectId == projectId).Select(m => m.EndpointId);
        var endpoints = await db.Endpoints.AsNoTracking().Where(e => direct.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var all = await db.Endpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        foreach (var group in await groups.ForProjectAsync(projectId, cancellationToken))
        {
            endpoints.AddRange(all.Where(e => EndpointGroupService.Matches(e, group.Filters) && endpoints.All(x => x.Id != e.Id)));
        }

        return endpoints;
    }
}
