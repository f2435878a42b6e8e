using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Namespaces: list, show, update, delete and the bulk removal of their children (glance/api/v2/metadef_namespaces.py).</summary>
internal sealed class MetadefNamespaceService(ImageDbContext db, MetadefAccess access, TimeProvider time)
{
    /// <summary>The visible namespaces of one page, and the name to continue after when the page is full.</summary>
    public async Task<(IReadOnlyList<MetadefNamespace> Page, string? Next)> ListAsync(MetadefNamespaceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        access.Enforce(R.GetNamespaces);
        access.Enforce(R.ListResourceTypes);
        IQueryable<MetadefNamespace> namespaces = db.Set<MetadefNamespace>()
            .Include(n => n.ResourceTypeAssociations).ThenInclude(a => a.ResourceType);
        if (!access.IsAdmin)
        {
            var project = access.ProjectId;
            namespaces = namespaces.Where(n => n.Visibility == MetadefVisibility.Public || n.Owner == project);
        }

        if (query.Visibility is { } visibility)
        {
            namespaces = namespaces.Where(n => n.Visibility == visibility);
        }

        if (query.ResourceTypes.Count > 0)
        {
            var types = query.ResourceTypes;
            namespaces = namespaces.Where(n => n.ResourceTypeAssociations.Any(a => types.Contains(a.ResourceType!.Name)));
        }

        var all = Sort(await namespaces.AsSplitQuery().ToListAsync(cancellationToken), query.SortKey, query.Descending)
            .Where(n => access.Check(R.GetNamespace, n))
            .ToList();
        var start = 0;
        if (query.Marker is { } marker)
        {
            var index = all.FindIndex(n => n.Namespace == marker);
            start = index >= 0 ? index + 1 : throw MetadefErrors.NamespaceNotFound(marker);
        }

        var page = all.Skip(start).Take(query.Limit).ToList();
        return (page, page.Count > 0 && page.Count == query.Limit ? page[^1].Namespace : null);
    }

    /// <summary>The namespace with all its children, for GET.</summary>
    public async Task<MetadefNamespace> ShowAsync(string name, CancellationToken cancellationToken)
    {
        var ns = await access.FindAsync(name, MetadefParts.All, cancellationToken);
        if (ns is null)
        {
            throw MetadefErrors.NamespaceNotFound(name);
        }

        if (!access.CanSee(ns) || !access.Check(R.GetNamespace, ns))
        {
            throw new NotFoundException("The resource could not be found.");
        }

        access.Enforce(R.ListResourceTypes, ns);
        access.Enforce(R.GetObjects, ns);
        access.Enforce(R.GetProperties, ns);
        access.Enforce(R.GetTags, ns);
        return ns;
    }

    /// <summary>PUT: replaces the namespace's attributes; unset ones fall back to Glance's defaults.</summary>
    public async Task<MetadefNamespace> UpdateAsync(string name, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "namespace", MetadefBody.LinksAndTimestamps);
        var ns = await access.GetAsync(name, MetadefParts.None, cancellationToken);
        access.Enforce(R.ModifyNamespace, ns);
        var newName = MetadefBody.Text(body, "namespace")!;
        if (newName != ns.Namespace && await db.Set<MetadefNamespace>().AnyAsync(n => n.Namespace == newName, cancellationToken))
        {
            throw MetadefErrors.DuplicateNamespace(newName);
        }

        ns.Namespace = newName;
        ns.DisplayName = MetadefBody.Text(body, "display_name");
        ns.Description = MetadefBody.Text(body, "description");
        ns.Visibility = MetadefBody.Text(body, "visibility") ?? MetadefVisibility.Private;
        ns.Protected = MetadefBody.Flag(body, "protected") ?? false;
        ns.Owner = MetadefBody.Text(body, "owner") ?? access.ProjectId ?? "";
        ns.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateNamespace(newName), cancellationToken);
        return ns;
    }

    /// <exception cref="ForbiddenException">The namespace is protected or the caller may not delete it.</exception>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var ns = await access.GetAsync(name, MetadefParts.None, cancellationToken);
        access.Enforce(R.DeleteNamespace, ns);
        if (ns.Protected)
        {
            throw MetadefErrors.ProtectedNamespace(ns.Namespace);
        }

        db.Remove(ns);
        await db.SaveRemovalAsync(() => new NotFoundException($"Namespace {name} not found"), cancellationToken);
    }

    /// <summary>DELETE /objects, /properties or /tags of a namespace: the namespace stays, the children go.</summary>
    public async Task DeleteChildrenAsync(string name, MetadefParts part, CancellationToken cancellationToken)
    {
        var ns = await access.GetAsync(name, part, cancellationToken);
        access.Enforce(R.DeleteNamespace, ns);
        if (part == MetadefParts.Tags)
        {
            access.Enforce(R.DeleteTags, ns);
        }

        if (ns.Protected)
        {
            throw MetadefErrors.ProtectedNamespace(ns.Namespace);
        }

        switch (part)
        {
            case MetadefParts.Objects:
                db.RemoveRange(ns.Objects);
                break;
            case MetadefParts.Properties:
                db.RemoveRange(ns.Properties);
                break;
            case MetadefParts.Tags:
                db.RemoveRange(ns.Tags);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, "Only objects, properties or tags are removed in bulk.");
        }

        await db.SaveRemovalAsync(() => new NotFoundException($"Namespace {name} not found"), cancellationToken);
    }


    private static IEnumerable<MetadefNamespace> Sort(List<MetadefNamespace> namespaces, string key, bool descending)
    {
        Func<MetadefNamespace, object?> selector = key switch
        {
            "updated_at" => n => n.UpdatedAt,
            "namespace" => n => n.Namespace,
            "display_name" => n => n.DisplayName,
            "owner" => n => n.Owner,
            "visibility" => n => n.Visibility,
            "protected" => n => n.Protected,
            "id" => n => n.Id,
            _ => n => n.CreatedAt,
        };
        return descending
            ? namespaces.OrderByDescending(selector).ThenByDescending(n => n.Id)
            : namespaces.OrderBy(selector).ThenBy(n => n.Id);
    }
}
