using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// POST /v2/metadefs/namespaces: the namespace with the resource type associations, objects, properties and tags its
/// body carries, written together so that a failure leaves nothing behind.
/// </summary>
internal sealed class MetadefNamespaceCreator(ImageDbContext db, MetadefAccess access, TimeProvider time)
{
    public async Task<MetadefNamespace> CreateAsync(JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        MetadefBody.Validate(body, "namespace", MetadefBody.LinksAndTimestamps);
        access.Enforce(R.AddNamespace);
        EnforceChildren(body);
        var now = time.GetUtcNow().UtcDateTime;
        var ns = new MetadefNamespace
        {
            Namespace = MetadefBody.Text(body, "namespace")!,
            DisplayName = MetadefBody.Text(body, "display_name"),
            Description = MetadefBody.Text(body, "description"),
            Visibility = MetadefBody.Text(body, "visibility") ?? MetadefVisibility.Private,
            Protected = MetadefBody.Flag(body, "protected") ?? false,
            Owner = MetadefBody.Text(body, "owner") ?? access.ProjectId ?? "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (await db.Set<MetadefNamespace>().AnyAsync(n => n.Namespace == ns.Namespace, cancellationToken))
        {
            throw MetadefErrors.DuplicateNamespace(ns.Namespace);
        }

        await AddAssociationsAsync(ns, body["resource_type_associations"] as JsonArray, now, cancellationToken);
        AddObjects(ns, body["objects"] as JsonArray, now);
        AddProperties(ns, body["properties"] as JsonObject, now);
        AddTags(ns, body["tags"] as JsonArray, now);
        db.Add(ns);
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateNamespace(ns.Namespace), cancellationToken);

        return ns;
    }

    private void EnforceChildren(JsonObject body)
    {
        if (body["resource_type_associations"] is JsonArray { Count: > 0 })
        {
            access.Enforce(R.AddResourceTypeAssociation);
        }

        if (body["objects"] is JsonArray { Count: > 0 })
        {
            access.Enforce(R.AddObject);
        }

        if (body["properties"] is JsonObject { Count: > 0 })
        {
            access.Enforce(R.AddProperty);
        }

        if (body["tags"] is JsonArray { Count: > 0 })
        {
            access.Enforce(R.AddTag);
        }
    }

    private async Task AddAssociationsAsync(MetadefNamespace ns, JsonArray? associations, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var item in associations?.OfType<JsonObject>() ?? [])
        {
            var name = MetadefBody.Text(item, "name") ?? "";
            var type = await db.Set<MetadefResourceType>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
                ?? throw MetadefErrors.ResourceTypeNotFound(name);
            if (ns.ResourceTypeAssociations.Exists(a => a.ResourceTypeId == type.Id))
            {
                throw MetadefErrors.DuplicateAssociation(name, ns.Namespace);
            }

            ns.ResourceTypeAssociations.Add(new MetadefResourceTypeAssociation
            {
                ResourceTypeId = type.Id,
                ResourceType = type,
                Prefix = MetadefBody.Text(item, "prefix"),
                PropertiesTarget = MetadefBody.Text(item, "properties_target"),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }

    private static void AddObjects(MetadefNamespace ns, JsonArray? objects, DateTime now)
    {
        foreach (var item in objects?.OfType<JsonObject>() ?? [])
        {
            var obj = MetadefNewParts.Object(item, now, "namespace");
            if (ns.Objects.Exists(o => o.Name == obj.Name))
            {
                throw MetadefErrors.DuplicateObject(obj.Name, ns.Namespace);
            }

            ns.Objects.Add(obj);
        }
    }

    private static void AddProperties(MetadefNamespace ns, JsonObject? properties, DateTime now)
    {
        foreach (var (name, definition) in properties ?? [])
        {
            ns.Properties.Add(new MetadefProperty
            {
                Name = MetadefSaving.CheckLength(name, MetadefProperty.NameMaxLength, "namespace"),
                JsonSchema = MetadefNewParts.PropertySchema(definition),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }

    private static void AddTags(MetadefNamespace ns, JsonArray? tags, DateTime now)
    {
        foreach (var item in tags?.OfType<JsonObject>() ?? [])
        {
            var name = MetadefSaving.CheckLength(MetadefBody.Text(item, "name") ?? "", MetadefTag.NameMaxLength, "namespace");
            if (ns.Tags.Exists(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw MetadefErrors.DuplicateTag(name, ns.Namespace);
            }

            ns.Tags.Add(new MetadefTag { Name = name, CreatedAt = now, UpdatedAt = now });
        }
    }
}
