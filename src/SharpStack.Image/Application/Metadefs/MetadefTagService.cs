using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Image.Domain.Metadefs;
using SharpStack.Image.Persistence;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>Tags of a namespace (glance/api/v2/metadef_tags.py); names are unique per namespace regardless of case.</summary>
internal sealed class MetadefTagService(ImageDbContext db, MetadefAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<MetadefTag>> ListAsync(string ns, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Tags, cancellationToken);
        access.Enforce(R.GetTags, namespaceRecord);
        return [.. NewestFirst(namespaceRecord.Tags)];
    }

    public async Task<MetadefTag> GetAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Tags, cancellationToken);
        access.Enforce(R.GetTag, namespaceRecord);
        return Find(namespaceRecord, name);
    }

    /// <summary>POST /tags/{tag_name}: one tag, no body.</summary>
    public async Task<MetadefTag> CreateAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Tags, cancellationToken);
        MetadefBody.Validate(new JsonObject { ["name"] = name }, "tag", MetadefBody.Timestamps);
        access.Enforce(R.AddTag, namespaceRecord);
        var now = time.GetUtcNow().UtcDateTime;
        var tag = new MetadefTag { Name = name, CreatedAt = now, UpdatedAt = now };
        AddUnique(namespaceRecord, tag);
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateTag(name, ns), cancellationToken);
        return tag;
    }

    /// <summary>POST /tags with a list: replaces the namespace's tags, or adds to them when <paramref name="append"/>.</summary>
    public async Task<IReadOnlyList<MetadefTag>> CreateManyAsync(string ns, JsonObject body, bool append, CancellationToken cancellationToken)
    {
        var listed = TagList(body);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Tags, cancellationToken);
        access.Enforce(R.AddTags, namespaceRecord);

        // The list schema leaves the length open; the column holds 255 characters, as Glance's.
        List<string> names = [.. listed.Select(tag => MetadefSaving.CheckLength(MetadefBody.Text(tag!.AsObject(), "name")!, MetadefTag.NameMaxLength, "tags"))];
        if (!append)
        {
            db.RemoveRange(namespaceRecord.Tags);
            namespaceRecord.Tags.Clear();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var created = names.Select(name => new MetadefTag { Name = name, CreatedAt = now, UpdatedAt = now }).ToList();
        foreach (var tag in created)
        {
            AddUnique(namespaceRecord, tag);
        }

        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateTag(names.FirstOrDefault() ?? "", ns), cancellationToken);
        return created;
    }

    public async Task<MetadefTag> UpdateAsync(string ns, string name, JsonObject body, CancellationToken cancellationToken)
    {
        MetadefBody.Validate(body, "tag", MetadefBody.Timestamps);
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Tags, cancellationToken);
        access.Enforce(R.ModifyTag, namespaceRecord);
        var tag = Find(namespaceRecord, name);
        var newName = MetadefBody.Text(body, "name")!;
        if (namespaceRecord.Tags.Exists(t => t != tag && string.Equals(t.Name, newName, StringComparison.OrdinalIgnoreCase)))
        {
            throw MetadefErrors.DuplicateTag(newName, ns);
        }

        tag.Name = newName;
        tag.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveMetadefsAsync(() => MetadefErrors.DuplicateTag(newName, ns), cancellationToken);
        return tag;
    }

    public async Task DeleteAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceRecord = await access.GetAsync(ns, MetadefParts.Tags, cancellationToken);
        access.Enforce(R.DeleteTag, namespaceRecord);
        var tag = Find(namespaceRecord, name);
        if (namespaceRecord.Protected)
        {
            throw MetadefErrors.ProtectedTag(name);
        }

        db.Remove(tag);
        await db.SaveRemovalAsync(() => MetadefErrors.TagNotFound(name, ns), cancellationToken);
    }

    /// <summary>The tags of a <c>{"tags": [{"name": …}]}</c> body, checked as glance's create_tags deserializer does.</summary>
    private static JsonArray TagList(JsonObject body)
    {
        MetadefBody.Validate(body, "tag_list", MetadefBody.Timestamps);
        return body["tags"] as JsonArray ?? throw new BadRequestException("Tags not specified");
    }

    /// <summary>Glance lists tags by <c>created_at</c> descending, then id descending (metadef_api/tag.py get_all).</summary>
    public static IEnumerable<MetadefTag> NewestFirst(IEnumerable<MetadefTag> tags) =>
        tags.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id);

    private static void AddUnique(MetadefNamespace ns, MetadefTag tag)
    {
        if (ns.Tags.Exists(t => string.Equals(t.Name, tag.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw MetadefErrors.DuplicateTag(tag.Name, ns.Namespace);
        }

        ns.Tags.Add(tag);
    }

    private static MetadefTag Find(MetadefNamespace ns, string name) =>
        ns.Tags.Find(t => t.Name == name) ?? throw MetadefErrors.TagNotFound(name, ns.Namespace);
}
