using System.Text.Json.Nodes;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// A namespace with its objects, properties and tags, as GET /v2/metadefs/namespaces/{namespace} answers; with a
/// <c>resource_type</c> filter, property names take that association's prefix (glance _prefix_property_name).
/// </summary>
internal static class MetadefNamespaceDetail
{
    public static JsonObject Render(MetadefNamespace ns, string? resourceType = null)
    {
        ArgumentNullException.ThrowIfNull(ns);
        var prefix = string.IsNullOrEmpty(resourceType)
            ? null
            : ns.ResourceTypeAssociations.Find(a => a.ResourceType?.Name == resourceType)?.Prefix;
        prefix = string.IsNullOrEmpty(prefix) ? "" : prefix;
        var view = MetadefView.Namespace(ns, withAssociations: true);
        if (ns.Objects.Count > 0)
        {
            view["objects"] = new JsonArray([.. ns.Objects.OrderBy(o => o.Id).Select(o => Prefixed(MetadefView.Object(ns.Namespace, o), prefix))]);
        }

        if (ns.Properties.Count > 0)
        {
            var properties = new JsonObject();
            foreach (var property in ns.Properties.OrderBy(p => p.Id))
            {
                properties[prefix + property.Name] = MetadefView.Property(property, withName: false);
            }

            view["properties"] = properties;
        }

        if (ns.Tags.Count > 0)
        {
            view["tags"] = new JsonArray([.. MetadefTagService.NewestFirst(ns.Tags).Select(t => new JsonObject { ["name"] = t.Name })]);
        }

        return view;
    }

    private static JsonObject Prefixed(JsonObject obj, string prefix)
    {
        if (prefix.Length == 0)
        {
            return obj;
        }

        if (obj["properties"] is JsonObject properties)
        {
            var renamed = new JsonObject();
            foreach (var (name, value) in properties.ToList())
            {
                properties.Remove(name);
                renamed[prefix + name] = value;
            }

            obj["properties"] = renamed;
        }

        if (obj["required"] is JsonArray required && required.Count > 0)
        {
            obj["required"] = new JsonArray([.. required.Select(r => (JsonNode?)JsonValue.Create(prefix + r?.GetValue<string>()))]);
        }

        return obj;
    }
}
