using SharpStack.Common.Policy;
using static SharpStack.Image.Application.Policies.GlanceCheckStrings;
using R = SharpStack.Image.Application.Metadefs.MetadefPolicyRules;

namespace SharpStack.Image.Application.Metadefs;

/// <summary>
/// Glance's default rules for metadata definitions (glance/policies/metadef.py): reads for the namespace's project
/// readers or anyone on a public namespace, writes for admins only.
/// </summary>
internal static class MetadefPolicies
{
    /// <summary>glance/policies/base.py ADMIN_OR_PROJECT_READER_GET_NAMESPACE.</summary>
    public const string AdminOrProjectReaderGetNamespace =
        Admin + " or (role:reader and (project_id:%(project_id)s or " + PublicVisibility + "))";

    private const string MetadefAdmin = "rule:" + R.Admin;
    private const string Namespaces = "/v2/metadefs/namespaces";
    private const string OneNamespace = Namespaces + "/{namespace_name}";

    public static IReadOnlyList<PolicyRuleDefault> Rules { get; } =
    [
        new(R.Default, "", "Default rule for metadata definitions."),
        new(R.Admin, Admin, "Rule for metadata definition writes."),
        Rule(R.GetNamespace, AdminOrProjectReaderGetNamespace, "Get a specific namespace.", "GET", OneNamespace),
        Rule(R.GetNamespaces, AdminOrProjectReader, "List namespace.", "GET", Namespaces),
        Rule(R.ModifyNamespace, MetadefAdmin, "Modify an existing namespace.", "PUT", OneNamespace),
        Rule(R.AddNamespace, MetadefAdmin, "Create a namespace.", "POST", Namespaces),
        Rule(R.DeleteNamespace, MetadefAdmin, "Delete a namespace.", "DELETE", OneNamespace),
        Rule(R.GetObject, AdminOrProjectReaderGetNamespace, "Get a specific object from a namespace.", "GET", OneNamespace + "/objects/{object_name}"),
        Rule(R.GetObjects, AdminOrProjectReaderGetNamespace, "Get objects from a namespace.", "GET", OneNamespace + "/objects"),
        Rule(R.ModifyObject, MetadefAdmin, "Update an object within a namespace.", "PUT", OneNamespace + "/objects/{object_name}"),
        Rule(R.AddObject, MetadefAdmin, "Create an object within a namespace.", "POST", OneNamespace + "/objects"),
        Rule(R.DeleteObject, MetadefAdmin, "Delete an object within a namespace.", "DELETE", OneNamespace + "/objects/{object_name}"),
        Rule(R.ListResourceTypes, AdminOrProjectReaderGetNamespace, "List meta definition resource types.", "GET", "/v2/metadefs/resource_types"),
        Rule(R.GetResourceType, AdminOrProjectReaderGetNamespace, "Get meta definition resource types associations.", "GET", OneNamespace + "/resource_types"),
        Rule(R.AddResourceTypeAssociation, MetadefAdmin, "Create meta definition resource types association.", "POST", OneNamespace + "/resource_types"),
        Rule(R.RemoveResourceTypeAssociation, MetadefAdmin, "Delete meta definition resource types association.", "POST", OneNamespace + "/resource_types/{name}"),
        Rule(R.GetProperty, AdminOrProjectReaderGetNamespace, "Get a specific meta definition property.", "GET", OneNamespace + "/properties/{property_name}"),
        Rule(R.GetProperties, AdminOrProjectReaderGetNamespace, "List meta definition properties.", "GET", OneNamespace + "/properties"),
        Rule(R.ModifyProperty, MetadefAdmin, "Update meta definition property.", "GET", OneNamespace + "/properties/{property_name}"),
        Rule(R.AddProperty, MetadefAdmin, "Create meta definition property.", "POST", OneNamespace + "/properties"),
        Rule(R.RemoveProperty, MetadefAdmin, "Delete meta definition property.", "DELETE", OneNamespace + "/properties/{property_name}"),
        Rule(R.GetTag, AdminOrProjectReaderGetNamespace, "Get tag definition.", "GET", OneNamespace + "/tags/{tag_name}"),
        Rule(R.GetTags, AdminOrProjectReaderGetNamespace, "List tag definitions.", "GET", OneNamespace + "/tags"),
        Rule(R.ModifyTag, MetadefAdmin, "Update tag definition.", "PUT", OneNamespace + "/tags/{tag_name}"),
        Rule(R.AddTag, MetadefAdmin, "Add tag definition.", "POST", OneNamespace + "/tags/{tag_name}"),
        Rule(R.AddTags, MetadefAdmin, "Create tag definitions.", "POST", OneNamespace + "/tags"),
        Rule(R.DeleteTag, MetadefAdmin, "Delete tag definition.", "DELETE", OneNamespace + "/tags/{tag_name}"),
        Rule(R.DeleteTags, MetadefAdmin, "Delete tag definitions.", "DELETE", OneNamespace + "/tags"),
    ];

    private static PolicyRuleDefault Rule(string name, string checkString, string description, string method, string path) =>
        new(name, checkString, description, [PolicyScopeTypes.Project], [new PolicyOperation(method, path)]);
}
