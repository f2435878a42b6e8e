namespace SharpStack.Image.Application.Metadefs;

/// <summary>The names of Glance's metadata definition policy rules (glance/policies/metadef.py).</summary>
internal static class MetadefPolicyRules
{
    public const string Default = "metadef_default";
    public const string Admin = "metadef_admin";
    public const string GetNamespace = "get_metadef_namespace";
    public const string GetNamespaces = "get_metadef_namespaces";
    public const string ModifyNamespace = "modify_metadef_namespace";
    public const string AddNamespace = "add_metadef_namespace";
    public const string DeleteNamespace = "delete_metadef_namespace";
    public const string GetObject = "get_metadef_object";
    public const string GetObjects = "get_metadef_objects";
    public const string ModifyObject = "modify_metadef_object";
    public const string AddObject = "add_metadef_object";
    public const string DeleteObject = "delete_metadef_object";
    public const string ListResourceTypes = "list_metadef_resource_types";
    public const string GetResourceType = "get_metadef_resource_type";
    public const string AddResourceTypeAssociation = "add_metadef_resource_type_association";
    public const string RemoveResourceTypeAssociation = "remove_metadef_resource_type_association";
    public const string GetProperty = "get_metadef_property";
    public const string GetProperties = "get_metadef_properties";
    public const string ModifyProperty = "modify_metadef_property";
    public const string AddProperty = "add_metadef_property";
    public const string RemoveProperty = "remove_metadef_property";
    public const string GetTag = "get_metadef_tag";
    public const string GetTags = "get_metadef_tags";
    public const string ModifyTag = "modify_metadef_tag";
    public const string AddTag = "add_metadef_tag";
    public const string AddTags = "add_metadef_tags";
    public const string DeleteTag = "delete_metadef_tag";
    public const string DeleteTags = "delete_metadef_tags";
}
