using System.Text.Json.Nodes;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Objects of a namespace (glance/api/v2/metadef_objects.py).</summary>
internal sealed class MetadefObjectService(ImageDbContext db, MetadefAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<MetadefObject>> ListAsync(string ns, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Objects, cancellationToken);
        access.Enforce(R.GetObjects, namespaceRecord);
        return [.. namespaceRecord.Objects.OrderBy(o => o.Id)];
    }

    public async Task<MetadefObject> GetAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Objects, cancellationToken);
        access.Enforce(R.GetObject, namespaceRecord);
        return Find(namespaceRecord, name);
    }

    public async Task<MetadefObject> CreateAsync(string ns, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "object", MetadefBody.LinksAndTimestamps);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Objects, cancellationToken);
        access.Enforce(R.AddObject, namespaceRecord);
        var obj = MetadefNewParts.Object(body, time.GetUtcNow().UtcDateTime, "object");
        if (namespaceRecord.Objects.Exists(o => o.Name == obj.Name))
        {
            throw MetadefErrors.DuplicateObject(obj.Name, ns);
        }

        namespaceRecord.Objects.Add(obj);
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateObject(obj.Name, ns), cancellationToken);
        return obj;
    }

    public async Task<MetadefObject> UpdateAsync(string ns, string name, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "object", MetadefBody.LinksAndTimestamps);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Objects, cancellationToken);
        access.Enforce(R.ModifyObject, namespaceRecord);
        var obj = Find(namespaceRecord, name);
        var changed = MetadefNewParts.Object(body, time.GetUtcNow().UtcDateTime, "object");
        if (changed.Name != obj.Name && namespaceRecord.Objects.Exists(o => o.Name == changed.Name))
        {
            throw MetadefErrors.DuplicateObject(changed.Name, ns);
        }

        obj.Name = changed.Name;
        obj.Description = changed.Description;
        obj.Required = changed.Required;
        obj.JsonSchema = changed.JsonSchema;
        obj.UpdatedAt = changed.UpdatedAt;
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateObject(changed.Name, ns), cancellationToken);
        return obj;
    }

    public async Task DeleteAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Objects, cancellationToken);
        access.Enforce(R.DeleteObject, namespaceRecord);
        var obj = Find(namespaceRecord, name);
        if (namespaceRecord.Protected)
        {
            throw MetadefErrors.ProtectedObject(name);
        }

        db.Remove(obj);
        await db.SaveRemovalAsync(() => MetadefErrors.ObjectNotFound(name, ns), cancellationToken);
    }

    private static MetadefObject Find(MetadefNamespace ns, string name) =>
        ns.Objects.Find(o => o.Name == name) ?? throw MetadefErrors.ObjectNotFound(name, ns.Namespace);
}
