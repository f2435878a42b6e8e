using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Auth;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Cascades;
using SharpStack.Identity.Application.Domains;
using SharpStack.Identity.Application.Policies;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Domain;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Projects;

/// <summary>Projects and their hierarchy as keystone/resource/core.py manages them.</summary>
internal sealed class ProjectService(
    IdentityDbContext db, IdentityPolicyEnforcer policy, ITokenRevoker revoker, DomainService domains, ProjectHierarchy hierarchy, DependantCleanup dependants)
{
    public async Task<IReadOnlyList<ProjectView>> ListAsync(AuthContext auth, ProjectFilter filter, CancellationToken cancellationToken)
    {
        policy.Enforce(auth, "identity:list_projects", PolicyTargets.DomainFilter(auth.DomainId));
        if (filter.IsDomain)
        {
            var found = await db.Domains.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
            return [.. found.Where(d => (filter.Name is null || d.Name == filter.Name) && (filter.Enabled is null || d.Enabled == filter.Enabled)
                    && (auth.DomainId is null || d.Id == auth.DomainId) && filter.DomainId is null && filter.ParentId is null)
                .Select(ProjectView.From)
                .Where(p => ProjectTagFilter.Matches(p.Tags, filter))];
        }

        var query = db.Projects.AsNoTracking().Include(p => p.Tags).AsQueryable();
        var domainId = auth.DomainId ?? filter.DomainId;
        if (auth.DomainId is not null && filter.DomainId is not null && filter.DomainId != auth.DomainId)
        {
            return [];
        }

        if (domainId is not null)
        {
            query = query.Where(p => p.DomainId == domainId);
        }

        if (filter.Name is not null)
        {
            query = query.Where(p => p.Name == filter.Name);
        }

        if (filter.Enabled is not null)
        {
            query = query.Where(p => p.Enabled == filter.Enabled);
        }

        if (filter.ParentId is not null)
        {
            var parentId = filter.ParentId;
            query = query.Where(p => p.ParentId == parentId || (p.ParentId == null && p.DomainId == parentId));
        }

        var projects = await query.OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. projects.Select(ProjectView.From).Where(p => ProjectTagFilter.Matches(p.Tags, filter))];
    }

    public async Task<ProjectView> GetAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        policy.Enforce(auth, "identity:get_project", Target(project, id));
        return project ?? throw ResourceErrors.NotFound("project", id);
    }

    public async Task<ProjectView> CreateAsync(AuthContext auth, ProjectInput input, CancellationToken cancellationToken)
    {
        if (input.IsDomain.Or(false))
        {
            if (input.ParentId.Value is not null)
            {
                throw new BadRequestException("only root projects are allowed to act as domains.");
            }

            policy.Enforce(auth, "identity:create_project", PolicyTargets.Of("project", ("name", input.Name.Value), ("is_domain", true)));
            var domain = await domains.CreateAsync(auth, new DomainInput
            {
                Name = input.Name, Description = input.Description, Enabled = input.Enabled, Options = input.Options, Extra = input.Extra,
            }, cancellationToken);
            return ProjectView.From(domain);
        }

        var parentId = input.ParentId.Value;
        var parent = parentId is null ? null : await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken);
        var domainId = input.DomainId.Value ?? parent?.DomainId ?? (parentId is not null && parent is null ? parentId : null)
            ?? auth.DomainId ?? auth.ProjectDomainId ?? IdentityDomain.DefaultId;
        policy.Enforce(auth, "identity:create_project", PolicyTargets.Of("project",
            ("name", input.Name.Value), ("domain_id", domainId), ("parent_id", parentId)));

        var owner = await db.Domains.AsNoTracking().FirstOrDefaultAsync(d => d.Id == domainId, cancellationToken)
            ?? throw new BadRequestException($"Could not find domain: {domainId}.");
        if (parentId is not null && parent is null && parentId != owner.Id)
        {
            throw new BadRequestException(await db.Domains.AnyAsync(d => d.Id == parentId, cancellationToken)
                ? $"Cannot create project, the parent ({parentId}) is acting as a domain, but this project's domain id ({domainId}) does not match the parent's id."
                : $"Could not find project: {parentId}.");
        }

        if (parent is not null)
        {
            await hierarchy.AssertCanAddChildAsync(parent, domainId, cancellationToken);
        }
        else if (!owner.Enabled)
        {
            throw new BadRequestException($"cannot create a project in a branch containing a disabled project: {owner.Id}");
        }

        var project = new Project
        {
            Id = KeystoneIds.New(),
            Name = input.Name.Value.Trim(),
            DomainId = domainId,
            ParentId = parent?.Id,
            Description = input.Description.Or(string.Empty),
            Enabled = input.Enabled.Or(true),
            Options = ImmutableOption.Merge([], input.Options),
            Extra = input.Extra,
        };
        project.Tags.AddRange(input.Tags.Or([]).Select(tag => new ProjectTag { ProjectId = project.Id, Name = tag }));
        await AssertNameFreeAsync(project, cancellationToken);
        db.Projects.Add(project);
        await db.SaveOrConflictAsync(() => DuplicateName(project), cancellationToken);
        return ProjectView.From(project);
    }

    public async Task<ProjectView> UpdateAsync(AuthContext auth, string id, ProjectInput input, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null && await db.Domains.AnyAsync(d => d.Id == id, cancellationToken))
        {
            policy.Enforce(auth, "identity:update_project", PolicyTargets.Of("project", ("id", id)));
            return ProjectView.From(await domains.UpdateAsync(auth, id, new DomainInput
            {
                Name = input.Name, Description = input.Description, Enabled = input.Enabled, Options = input.Options,
                Members = input.Members, Extra = input.Extra,
            }, cancellationToken));
        }

        policy.Enforce(auth, "identity:update_project", Target(project is null ? null : ProjectView.From(project), id));
        if (project is null)
        {
            throw ResourceErrors.NotFound("project", id);
        }

        ImmutableOption.AssertUpdatable(project.Options, input.Members, input.Options, "project", id);
        if (input.IsDomain is { IsSet: true, Value: true })
        {
            throw new BadRequestException("Update of `is_domain` is not allowed.");
        }

        if (input.DomainId.IsSet && input.DomainId.Value != project.DomainId)
        {
            throw new BadRequestException("Update of domain_id is not allowed.");
        }

        if (input.ParentId.IsSet && input.ParentId.Value != (project.ParentId ?? project.DomainId))
        {
            throw new ForbiddenException("Update of `parent_id` is not allowed.");
        }

        var disabling = project.Enabled && input.Enabled is { IsSet: true, Value: false };
        if (!project.Enabled && input.Enabled is { IsSet: true, Value: true })
        {
            await hierarchy.AssertParentsEnabledAsync(project, cancellationToken);
        }

        if (disabling)
        {
            await hierarchy.AssertSubtreeDisabledAsync(project, cancellationToken);
        }

        if (input.Name.IsSet && input.Name.Value.Trim() != project.Name)
        {
            project.Name = input.Name.Value.Trim();
            await AssertNameFreeAsync(project, cancellationToken);
        }

        if (input.Description.IsSet)
        {
            project.Description = input.Description.Value;
        }

        if (input.Tags.IsSet)
        {
            ReplaceTags(project, input.Tags.Value);
        }

        project.Enabled = input.Enabled.Or(project.Enabled);
        project.Options = ImmutableOption.Merge(project.Options, input.Options);
        project.Extra = ExtraAttributes.Merge(project.Extra, input.Extra);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveOrConflictAsync(() => DuplicateName(project), cancellationToken);
            if (disabling)
            {
                await revoker.RevokeProjectAsync(id, cancellationToken);
            }
        }, cancellationToken);
        return ProjectView.From(project);
    }

    public async Task DeleteAsync(AuthContext auth, string id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null && await db.Domains.AnyAsync(d => d.Id == id, cancellationToken))
        {
            policy.Enforce(auth, "identity:delete_project", PolicyTargets.Of("project", ("id", id)));
            await domains.DeleteAsync(auth, id, cancellationToken);
            return;
        }

        policy.Enforce(auth, "identity:delete_project", Target(project is null ? null : ProjectView.From(project), id));
        if (project is null)
        {
            throw ResourceErrors.NotFound("project", id);
        }

        ImmutableOption.AssertDeletable(project.Options, "project", id);
        if (await db.Projects.AnyAsync(p => p.ParentId == id, cancellationToken))
        {
            throw new ForbiddenException(
                $"Cannot delete the project {id} since it is not a leaf in the hierarchy. Use the cascade option if you want to delete a whole subtree.");
        }

        await db.InTransactionAsync(async () =>
        {
            await db.RoleAssignments.Where(a => a.TargetId == id).ExecuteDeleteAsync(cancellationToken);
            await dependants.ForProjectsAsync([id], cancellationToken);
            db.Projects.Remove(project);
            await db.SaveChangesAsync(cancellationToken);
            await revoker.RevokeProjectAsync(id, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The project, or a domain seen as a project, or null.</summary>
    public async Task<ProjectView?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is not null)
        {
            return ProjectView.From(project);
        }

        var domain = await db.Domains.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return domain is null ? null : ProjectView.From(domain);
    }

    public static Dictionary<string, object?> Target(ProjectView? project, string id) => project is null
        ? PolicyTargets.Of("project", ("id", id))
        : PolicyTargets.Of("project", ("id", project.Id), ("domain_id", project.DomainId), ("parent_id", project.ParentId), ("name", project.Name));

    public static void ReplaceTags(Project project, IReadOnlyList<string> tags)
    {
        project.Tags.RemoveAll(t => !tags.Contains(t.Name, StringComparer.Ordinal));
        foreach (var tag in tags.Where(tag => !project.Tags.Any(t => t.Name == tag)))
        {
            project.Tags.Add(new ProjectTag { ProjectId = project.Id, Name = tag });
        }
    }

    private async Task AssertNameFreeAsync(Project project, CancellationToken cancellationToken)
    {
        if (await db.Projects.AnyAsync(p => p.DomainId == project.DomainId && p.Name == project.Name && p.Id != project.Id, cancellationToken))
        {
            throw DuplicateName(project);
        }
    }

    private static ConflictException DuplicateName(Project project) => ResourceErrors.Conflict("project",
        $"it is not permitted to have two projects with either the same name or same id in the same domain: name is {project.Name}, project id {project.Id}");
}
