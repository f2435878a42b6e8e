using System.Text.Json.Nodes;
using SharpStack.Image.Application.Images;
using SharpStack.Image.Domain.Metadefs;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>The JSON Glance answers for metadata definitions (glance/api/v2/model/metadef_*.py); unset attributes are left out.</summary>
internal static class MetadefView
{
    public static string NamespaceHref(string ns) => $"/v2/metadefs/namespaces/{ns}";

    public static JsonObject Namespace(MetadefNamespace ns, bool withAssociations)
    {
        var view = new JsonObject { ["namespace"] = ns.Namespace };
        AddText(view, "display_name", ns.DisplayName);
        AddText(view, "description", ns.Description);
        view["visibility"] = ns.Visibility;
        view["protected"] = ns.Protected;
        view["owner"] = ns.Owner;
        AddTimes(view, ns.CreatedAt, ns.UpdatedAt);
        if (withAssociations && ns.ResourceTypeAssociations.Count > 0)
        {
            view["resource_type_associations"] = new JsonArray([.. ns.ResourceTypeAssociations.OrderBy(a => a.CreatedAt).Select(Association)]);
        }

        view["self"] = NamespaceHref(ns.Namespace);
        view["schema"] = "/v2/schemas/metadefs/namespace";
        return view;
    }

    public static JsonObject Object(string ns, MetadefObject obj)
    {
        var view = new JsonObject { ["name"] = obj.Name };
        AddText(view, "description", obj.Description);
        if (obj.Required is not null)
        {
            view["required"] = JsonNode.Parse(obj.Required);
        }

        view["properties"] = JsonNode.Parse(obj.JsonSchema);
        AddTimes(view, obj.CreatedAt, obj.UpdatedAt);
        view["self"] = $"{NamespaceHref(ns)}/objects/{obj.Name}";
        view["schema"] = "/v2/schemas/metadefs/object";
        return view;
    }

    /// <summary>A property's definition; with its name when shown on its own, without it inside a collection.</summary>
    public static JsonObject Property(MetadefProperty property, bool withName)
    {
        var view = JsonNode.Parse(property.JsonSchema) as JsonObject ?? [];
        if (withName)
        {
            view.Insert(0, "name", property.Name);
        }

        return view;
    }

    public static JsonObject Tag(MetadefTag tag)
    {
        var view = new JsonObject { ["name"] = tag.Name };
        AddTimes(view, tag.CreatedAt, tag.UpdatedAt);
        return view;
    }

    public static JsonObject Association(MetadefResourceTypeAssociation association)
    {
        var view = new JsonObject { ["name"] = association.ResourceType?.Name };
        AddText(view, "prefix", association.Prefix);
        AddText(view, "properties_target", association.PropertiesTarget);
        AddTimes(view, association.CreatedAt, association.UpdatedAt);
        return view;
    }

    public static JsonObject ResourceType(MetadefResourceType type)
    {
        var view = new JsonObject { ["name"] = type.Name };
        AddTimes(view, type.CreatedAt, type.UpdatedAt);
        return view;
    }

    private static void AddText(JsonObject view, string name, string? value)
    {
        if (value is not null)
        {
            view[name] = value;
        }
    }

    private static void AddTimes(JsonObject view, DateTime createdAt, DateTime? updatedAt)
    {
        view["created_at"] = ImageView.Timestamp(createdAt);
        if (updatedAt is { } updated)
        {
            view["updated_at"] = ImageView.Timestamp(updated);
        }
    }
}
