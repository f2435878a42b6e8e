using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Properties of a namespace (glance/api/v2/metadef_properties.py).</summary>
internal sealed class MetadefPropertyService(ImageDbContext db, MetadefAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<MetadefProperty>> ListAsync(string ns, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Properties, cancellationToken);
        access.Enforce(R.GetProperties, namespaceRecord);
        return [.. namespaceRecord.Properties.OrderBy(p => p.Id)];
    }

    /// <summary>One property; with <paramref name="resourceType"/>, the name carries that association's prefix, which is stripped.</summary>
    public async Task<MetadefProperty> GetAsync(string ns, string name, string? resourceType, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Properties | MetadefParts.ResourceTypes, cancellationToken);
        access.Enforce(R.GetProperty, namespaceRecord);
        if (!string.IsNullOrEmpty(resourceType))
        {
            access.Enforce(R.GetResourceType, namespaceRecord);
            var association = namespaceRecord.ResourceTypeAssociations.Find(a => a.ResourceType?.Name == resourceType)
                ?? throw MetadefErrors.AssociationNotFound(resourceType, ns);
            var prefix = association.Prefix;
            if (string.IsNullOrEmpty(prefix) || !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new NotFoundException($"Property {name} does not start with the expected resource type association prefix of '{prefix}'.");
            }

            name = name[prefix.Length..];
        }

        return Find(namespaceRecord, name);
    }

    public async Task<MetadefProperty> CreateAsync(string ns, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "property", MetadefBody.Timestamps);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Properties, cancellationToken);
        access.Enforce(R.AddProperty, namespaceRecord);
        var now = time.GetUtcNow().UtcDateTime;
        var property = new MetadefProperty
        {
            Name = MetadefBody.Text(body, "name")!,
            JsonSchema = MetadefNewParts.PropertySchema(body),
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (namespaceRecord.Properties.Exists(p => p.Name == property.Name))
        {
            throw MetadefErrors.DuplicateProperty(property.Name, ns);
        }

        namespaceRecord.Properties.Add(property);
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateProperty(property.Name, ns), cancellationToken);
        return property;
    }

    public async Task<MetadefProperty> UpdateAsync(string ns, string name, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "property", MetadefBody.Timestamps);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Properties, cancellationToken);
        access.Enforce(R.ModifyProperty, namespaceRecord);
        var property = Find(namespaceRecord, name);
        var newName = MetadefBody.Text(body, "name")!;
        if (newName != property.Name && namespaceRecord.Properties.Exists(p => p.Name == newName))
        {
            throw MetadefErrors.DuplicateProperty(newName, ns);
        }

        property.Name = newName;
        property.JsonSchema = MetadefNewParts.PropertySchema(body);
        property.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateProperty(newName, ns), cancellationToken);
        return property;
    }

    public async Task DeleteAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Properties, cancellationToken);
        access.Enforce(R.RemoveProperty, namespaceRecord);
        var property = Find(namespaceRecord, name);
        if (namespaceRecord.Protected)
        {
            throw MetadefErrors.ProtectedProperty(name);
        }

        db.Remove(property);
        await db.SaveRemovalAsync(() => MetadefErrors.PropertyNotFound(name, ns), cancellationToken);
    }

    private static MetadefProperty Find(MetadefNamespace ns, string name) =>
        ns.Properties.Find(p => p.Name == name) ?? throw MetadefErrors.PropertyNotFound(name, ns.Namespace);
}
