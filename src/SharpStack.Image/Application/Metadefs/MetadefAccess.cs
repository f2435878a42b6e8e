using Microsoft.EntityFrameworkCore;
using SharpStack.Image.Application.Policies;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// Finds the namespaces a caller may see and checks Glance's metadef rules on them (glance/api/v2/policy.py
/// MetadefAPIPolicy). Another project's private namespace is a 404, as if it did not exist.
/// </summary>
internal sealed class MetadefAccess(ImageDbContext db, ImagePolicy policy, ImagePolicyEnforcer enforcer)
{
    public string? ProjectId => policy.ProjectId;

    public bool IsAdmin => policy.IsAdmin;

    /// <summary>glance/db/sqlalchemy/metadef_api/namespace.py _is_namespace_visible.</summary>
    public bool CanSee(MetadefNamespace ns) =>
        IsAdmin || ns.Visibility == MetadefVisibility.Public || ns.Owner == ProjectId;

    /// <summary>Whether <paramref name="rule"/> allows the call on <paramref name="ns"/> (or on the caller's project).</summary>
    public bool Check(string rule, MetadefNamespace? ns = null)
    {
        var target = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["project_id"] = ns is null ? ProjectId : ns.Owner,
            ["visibility"] = ns?.Visibility,
        };
        return enforcer.IsAllowed(policy.Caller, rule, target);
    }

    /// <summary>
    /// Enforces <paramref name="rule"/>; a caller the rule denies that may not even get the namespace (another scope,
    /// another project) learns nothing of it: 404, as Glance's MetadefAPIPolicy._enforce answers, also on lists and creates.
    /// </summary>
    /// <exception cref="SharpStack.Common.Faults.ForbiddenException">The rule denies a caller that may get the namespace.</exception>
    /// <exception cref="SharpStack.Common.Faults.NotFoundException">The rule and get_metadef_namespace deny.</exception>
    public void Enforce(string rule, MetadefNamespace? ns = null)
    {
        if (Check(rule, ns))
        {
            return;
        }

        if (rule == MetadefPolicyRules.GetNamespace || !Check(MetadefPolicyRules.GetNamespace, ns))
        {
            throw new Common.Faults.NotFoundException("The resource could not be found.");
        }

        throw MetadefErrors.NotAuthorized(rule);
    }

    /// <summary>The namespace, when the caller may see it, loaded with the children that <paramref name="include"/> names.</summary>
    /// <exception cref="SharpStack.Common.Faults.NotFoundException">Missing, or not visible to the caller (Glance's "Namespace X not found").</exception>
    public async Task<MetadefNamespace> GetAsync(string name, MetadefParts include, CancellationToken cancellationToken)
    {
        var found = await FindAsync(name, include, cancellationToken);
        return found is not null && CanSee(found) ? found : throw new Common.Faults.NotFoundException($"Namespace {name} not found");
    }

    /// <summary>The namespace by name whoever owns it, or null.</summary>
    public Task<MetadefNamespace?> FindAsync(string name, MetadefParts include, CancellationToken cancellationToken)
    {
        IQueryable<MetadefNamespace> query = db.Set<MetadefNamespace>();
        if (include.HasFlag(MetadefParts.Objects))
        {
            query = query.Include(n => n.Objects);
        }

        if (include.HasFlag(MetadefParts.Properties))
        {
            query = query.Include(n => n.Properties);
        }

        if (include.HasFlag(MetadefParts.Tags))
        {
            query = query.Include(n => n.Tags);
        }

        if (include.HasFlag(MetadefParts.ResourceTypes))
        {
            query = query.Include(n => n.ResourceTypeAssociations).ThenInclude(a => a.ResourceType);
        }

        return query.AsSplitQuery().FirstOrDefaultAsync(n => n.Namespace == name, cancellationToken);
    }
}
