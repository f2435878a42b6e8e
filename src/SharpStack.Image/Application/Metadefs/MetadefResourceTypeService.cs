using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Resource types and their associations with namespaces (glance/api/v2/metadef_resource_types.py).</summary>
internal sealed class MetadefResourceTypeService(ImageDbContext db, MetadefAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<MetadefResourceType>> ListAsync(CancellationToken cancellationToken)
    {
        access.Enforce(R.ListResourceTypes);
        return await db.Set<MetadefResourceType>().OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MetadefResourceTypeAssociation>> ListAssociationsAsync(string ns, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.ResourceTypes, cancellationToken);
        access.Enforce(R.GetResourceType, namespaceRecord);
        return [.. namespaceRecord.ResourceTypeAssociations.OrderBy(a => a.CreatedAt).ThenBy(a => a.ResourceTypeId)];
    }

    public async Task<MetadefResourceTypeAssociation> AssociateAsync(string ns, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "resource_type", MetadefBody.Timestamps);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.ResourceTypes, cancellationToken);
        access.Enforce(R.AddResourceTypeAssociation, namespaceRecord);
        var name = MetadefBody.Text(body, "name")!;
        var type = await db.Set<MetadefResourceType>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
            ?? throw MetadefErrors.ResourceTypeNotFound(name);
        if (namespaceRecord.ResourceTypeAssociations.Exists(a => a.ResourceTypeId == type.Id))
        {
            throw MetadefErrors.DuplicateAssociation(name, ns);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var association = new MetadefResourceTypeAssociation
        {
            ResourceTypeId = type.Id,
            ResourceType = type,
            Prefix = MetadefBody.Text(body, "prefix"),
            PropertiesTarget = MetadefBody.Text(body, "properties_target"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        namespaceRecord.ResourceTypeAssociations.Add(association);
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateAssociation(name, ns), cancellationToken);
        return association;
    }

    public async Task DissociateAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.ResourceTypes, cancellationToken);
        access.Enforce(R.RemoveResourceTypeAssociation, namespaceRecord);
        if (!await db.Set<MetadefResourceType>().AnyAsync(t => t.Name == name, cancellationToken))
        {
            throw MetadefErrors.ResourceTypeNotFound(name);
        }

        var association = namespaceRecord.ResourceTypeAssociations.Find(a => a.ResourceType?.Name == name)
            ?? throw MetadefErrors.AssociationNotFound(name, ns);
        if (namespaceRecord.Protected)
        {
            throw MetadefErrors.ProtectedAssociation(name);
        }

        db.Remove(association);
        await db.SaveRemovalAsync(() => MetadefErrors.AssociationNotFound(name, ns), cancellationToken);
    }
}
