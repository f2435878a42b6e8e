using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Identity.Application.Tokens;
using SharpStack.Identity.Application.Trusts;
using SharpStack.Identity.Persistence;

namespace SharpStack.Identity.Application.Auth;

/// <summary>
/// Finds the requested project or domain (401 when it does not exist or is disabled, as Keystone hides which) and
/// checks the user has a role there; without a scope, the user's default project when they have a role on it.
/// </summary>
internal sealed class ScopeResolver(IdentityDbContext db, RoleResolver roles, TrustTokenScope trusts)
{
    public async Task<ResolvedScope> ResolveAsync(
        string userId, AuthScope scope, IReadOnlyList<AuthMethodResult> results, CancellationToken cancellationToken)
    {
        var required = results.Select(result => result.RequiredProjectId).OfType<string>().FirstOrDefault();
        if (required is not null)
        {
            return scope.Kind is AuthScopeKind.Default || (scope.Kind is AuthScopeKind.Project && scope.ProjectId == required)
                ? await ProjectAsync(userId, required, cancellationToken) ?? throw AuthErrors.Unauthorized()
                : throw AuthErrors.Unauthorized();
        }

        switch (scope.Kind)
        {
            case AuthScopeKind.Unscoped:
                return ResolvedScope.Unscoped;
            case AuthScopeKind.Default:
                var defaultProject = await db.Users.AsNoTracking()
                    .Where(u => u.Id == userId).Select(u => u.DefaultProjectId).FirstOrDefaultAsync(cancellationToken);
                return defaultProject is null
                    ? ResolvedScope.Unscoped
                    : await ProjectAsync(userId, defaultProject, cancellationToken) ?? ResolvedScope.Unscoped;
            case AuthScopeKind.Project:
                var projectId = scope.ProjectId ?? await ProjectIdByNameAsync(scope, cancellationToken);
                return await ProjectAsync(userId, projectId, cancellationToken) ?? throw AuthErrors.Unauthorized();
            case AuthScopeKind.Domain:
                var domainId = await DomainIdAsync(scope, cancellationToken);
                return (await roles.ForDomainAsync(userId, domainId, cancellationToken)).Count > 0
                    ? new ResolvedScope(DomainId: domainId)
                    : throw AuthErrors.Unauthorized();
            case AuthScopeKind.System:
                return (await roles.ForSystemAsync(userId, cancellationToken)).Count > 0
                    ? new ResolvedScope(System: "all")
                    : throw AuthErrors.Unauthorized();
            case AuthScopeKind.Trust:
                return await trusts.ResolveAsync(userId, scope.TrustId!, cancellationToken);
            default:
                throw new NotImplementedFaultException($"Scope {scope.Kind} is not supported.");
        }
    }

    private async Task<ResolvedScope?> ProjectAsync(string userId, string projectId, CancellationToken cancellationToken)
    {
        var project = await (
                from p in db.Projects.AsNoTracking()
                join d in db.Domains.AsNoTracking() on p.DomainId equals d.Id
                where p.Id == projectId && p.Enabled && d.Enabled
                select new { p.Id, p.DomainId })
            .FirstOrDefaultAsync(cancellationToken);
        return project is not null && (await roles.ForProjectAsync(userId, project.Id, project.DomainId, cancellationToken)).Count > 0
            ? new ResolvedScope(ProjectId: project.Id)
            : null;
    }

    private async Task<string> ProjectIdByNameAsync(AuthScope scope, CancellationToken cancellationToken)
    {
        var domainId = await DomainIdAsync(scope, cancellationToken);
        return await db.Projects.AsNoTracking()
                .Where(p => p.Name == scope.ProjectName && p.DomainId == domainId)
                .Select(p => p.Id)
                .FirstOrDefaultAsync(cancellationToken)
            ?? throw AuthErrors.Unauthorized();
    }

    private async Task<string> DomainIdAsync(AuthScope scope, CancellationToken cancellationToken)
    {
        var query = db.Domains.AsNoTracking().Where(d => d.Enabled);
        query = scope.DomainId is not null ? query.Where(d => d.Id == scope.DomainId) : query.Where(d => d.Name == scope.DomainName);
        return await query.Select(d => d.Id).FirstOrDefaultAsync(cancellationToken) ?? throw AuthErrors.Unauthorized();
    }
}
