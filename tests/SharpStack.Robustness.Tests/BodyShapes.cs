namespace SharpStack.Robustness.Tests;

/// <summary>
/// The body each known write route takes (from the api-refs), and for any other route the OpenStack convention of one
/// object named for the resource, so that a service that joins is attacked through the same classes.
/// </summary>
public static class BodyShapes
{
    private const string Json = "application/json";
    private const string OctetStream = "application/octet-stream";
    private const string ImagePatch = "application/openstack-images-v2.1-json-patch";

    private static readonly Dictionary<string, BodyShape> Known = new(StringComparer.Ordinal)
    {
        ["identity POST /v3/auth/tokens"] = new(Json,
            """{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"robust-user","domain":{"id":"{domainId}"},"password":"robust-wrong"}}}}}""",
            "auth.identity.password.user"),
        ["identity POST /v3/users"] = new(Json, """{"user":{"name":"robust-user","domain_id":"{domainId}","password":"robust-pass","description":"robust","enabled":true,"email":"r@example.org"}}"""),
        ["identity PATCH /v3/users/{userId}"] = new(Json, """{"user":{"description":"robust","enabled":true}}"""),
        ["identity POST /v3/users/{userId}/password"] = new(Json, """{"user":{"password":"robust-new","original_password":"robust-old"}}"""),
        ["identity POST /v3/projects"] = new(Json, """{"project":{"name":"robust-project","domain_id":"{domainId}","description":"robust","enabled":true,"is_domain":false,"tags":["robust"]}}"""),
        ["identity PATCH /v3/projects/{projectId}"] = new(Json, """{"project":{"description":"robust","enabled":true}}"""),
        ["identity PUT /v3/projects/{projectId}/tags"] = new(Json, """{"tags":["robust-a","robust-b"]}""", ""),
        ["identity POST /v3/domains"] = new(Json, """{"domain":{"name":"robust-domain","description":"robust","enabled":true}}"""),
        ["identity PATCH /v3/domains/{domainId}"] = new(Json, """{"domain":{"description":"robust"}}"""),
        ["identity POST /v3/groups"] = new(Json, """{"group":{"name":"robust-group","domain_id":"{domainId}","description":"robust"}}"""),
        ["identity PATCH /v3/groups/{groupId}"] = new(Json, """{"group":{"description":"robust"}}"""),
        ["identity POST /v3/roles"] = new(Json, """{"role":{"name":"robust-role","description":"robust","options":{"immutable":false}}}"""),
        ["identity PATCH /v3/roles/{roleId}"] = new(Json, """{"role":{"description":"robust"}}"""),
        ["identity POST /v3/regions"] = new(Json, """{"region":{"id":"robust-region","description":"robust"}}"""),
        ["identity PUT /v3/regions/{regionId}"] = new(Json, """{"region":{"description":"robust"}}"""),
        ["identity PATCH /v3/regions/{regionId}"] = new(Json, """{"region":{"description":"robust"}}"""),
        ["identity POST /v3/services"] = new(Json, """{"service":{"type":"robust","name":"robust","description":"robust","enabled":true}}"""),
        ["identity PATCH /v3/services/{serviceId}"] = new(Json, """{"service":{"name":"robust","enabled":true}}"""),
        ["identity POST /v3/endpoints"] = new(Json,
            """{"endpoint":{"service_id":"{serviceId}","interface":"public","url":"http://127.0.0.1:9/robust","region_id":"{regionId}","enabled":true}}"""),
        ["identity PATCH /v3/endpoints/{endpointId}"] = new(Json, """{"endpoint":{"url":"http://127.0.0.1:9/robust-two","enabled":true}}"""),
        ["identity POST /v3/policies"] = new(Json, """{"policy":{"blob":"{}","type":"application/json"}}"""),
        ["identity PATCH /v3/policies/{policyId}"] = new(Json, """{"policy":{"blob":"{}","type":"application/json"}}"""),
        ["identity POST /v3/credentials"] = new(Json, """{"credential":{"type":"robust","user_id":"{userId}","project_id":"{projectId}","blob":"robust"}}"""),
        ["identity PATCH /v3/credentials/{credentialId}"] = new(Json, """{"credential":{"blob":"robust-two"}}"""),
        ["identity POST /v3/users/{userId}/application_credentials"] = new(Json,
            """{"application_credential":{"name":"robust-ac","description":"robust","roles":[{"name":"member"}],"unrestricted":false,"access_rules":[{"service":"identity","method":"GET","path":"/v3/robust"}]}}"""),
        ["identity POST /v3/users/{userId}/credentials/OS-EC2"] = new(Json, """{"tenant_id":"{projectId}"}""", ""),
        ["identity POST /v3/OS-TRUST/trusts"] = new(Json,
            """{"trust":{"trustor_user_id":"{userId}","trustee_user_id":"{userId}","project_id":"{projectId}","impersonation":false,"roles":[{"name":"member"}]}}"""),
        ["identity POST /v3/registered_limits"] = new(Json,
            """{"registered_limits":[{"service_id":"{serviceId}","resource_name":"robust","default_limit":1,"region_id":"{regionId}"}]}""", "registered_limits.0"),
        ["identity PATCH /v3/registered_limits/{registeredLimitId}"] = new(Json, """{"registered_limit":{"default_limit":2}}"""),
        ["identity POST /v3/limits"] = new(Json,
            """{"limits":[{"service_id":"{serviceId}","project_id":"{projectId}","resource_name":"robust","resource_limit":1}]}""", "limits.0"),
        ["identity PATCH /v3/limits/{limitId}"] = new(Json, """{"limit":{"resource_limit":2}}"""),
        ["identity POST /v3/OS-EP-FILTER/endpoint_groups"] = new(Json, """{"endpoint_group":{"name":"robust","description":"robust","filters":{"interface":"public"}}}"""),
        ["identity PATCH /v3/OS-EP-FILTER/endpoint_groups/{groupId}"] = new(Json, """{"endpoint_group":{"name":"robust-two"}}"""),
        ["identity POST /v3/OS-OAUTH1/consumers"] = new(Json, """{"consumer":{"description":"robust"}}"""),
        ["identity PATCH /v3/OS-OAUTH1/consumers/{consumerId}"] = new(Json, """{"consumer":{"description":"robust-two"}}"""),
        ["identity PUT /v3/domains/{domainId}/config"] = new(Json, """{"config":{"identity":{"driver":"ldap"}}}""", "config.identity"),
        ["identity PATCH /v3/domains/{domainId}/config"] = new(Json, """{"config":{"identity":{"driver":"ldap"}}}""", "config.identity"),
        ["identity PATCH /v3/domains/{domainId}/config/{group}"] = new(Json, """{"config":{"driver":"ldap"}}"""),
        ["identity PATCH /v3/domains/{domainId}/config/{group}/{option}"] = new(Json, """{"config":{"driver":"ldap"}}"""),
        ["image POST /v2/images"] = new(Json,
            """{"name":"robust","disk_format":"raw","container_format":"bare","visibility":"private","min_disk":0,"min_ram":0,"protected":false,"tags":["robust"]}"""),
        ["image PATCH /v2/images/{imageId}"] = new(ImagePatch, """[{"op":"replace","path":"/name","value":"robust"}]"""),
        ["image PUT /v2/images/{imageId}/file"] = new(OctetStream, "robust image data"),
        ["image PUT /v2/images/{imageId}/stage"] = new(OctetStream, "robust image data"),
        ["image POST /v2/images/{imageId}/import"] = new(Json, """{"method":{"name":"glance-direct"},"stores":["robust"],"all_stores_must_succeed":true}""", ""),
        ["image POST /v2/images/{imageId}/members"] = new(Json, """{"member":"{otherProjectId}"}""", ""),
        ["image PUT /v2/images/{imageId}/members/{memberId}"] = new(Json, """{"status":"accepted"}""", ""),
        ["image POST /v2/metadefs/namespaces"] = new(Json,
            """{"namespace":"robust-ns","display_name":"robust","description":"robust","visibility":"private","protected":false}""", ""),
        ["image PUT /v2/metadefs/namespaces/{ns}"] = new(Json, """{"namespace":"{ns}","display_name":"robust","description":"robust","visibility":"private","protected":false}""", ""),
        ["image POST /v2/metadefs/namespaces/{ns}/objects"] = new(Json,
            """{"name":"robust-obj","description":"robust","required":["p"],"properties":{"p":{"title":"p","type":"string"}}}""", ""),
        ["image PUT /v2/metadefs/namespaces/{ns}/objects/{name}"] = new(Json, """{"name":"{objectName}","description":"robust","required":[],"properties":{}}""", ""),
        ["image POST /v2/metadefs/namespaces/{ns}/properties"] = new(Json,
            """{"name":"robust-prop","title":"robust","type":"integer","minimum":0,"maximum":10,"default":1}""", ""),
        ["image PUT /v2/metadefs/namespaces/{ns}/properties/{name}"] = new(Json, """{"name":"{propertyName}","title":"robust","type":"string","enum":["a","b"],"default":"a"}""", ""),
        ["image POST /v2/metadefs/namespaces/{ns}/resource_types"] = new(Json, """{"name":"OS::Nova::Flavor","prefix":"robust_","properties_target":"image"}""", ""),
        ["image POST /v2/metadefs/namespaces/{ns}/tags"] = new(Json, """{"tags":[{"name":"robust-a"},{"name":"robust-b"}]}""", "tags.0"),
        ["image PUT /v2/metadefs/namespaces/{ns}/tags/{name}"] = new(Json, """{"name":"robust-tag-two"}""", ""),
        ["image POST /v2/tasks"] = new(Json,
            """{"type":"import","input":{"import_from":"http://127.0.0.1:9/robust","import_from_format":"raw","image_properties":{"disk_format":"raw","container_format":"bare"}}}""", "input"),
    };

    public static BodyShape For(RobustRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (Known.TryGetValue($"{route.Service} {route.Method} {route.Pattern}", out var shape))
        {
            return shape;
        }

        var collection = route.Segments.LastOrDefault(segment => !segment.IsParameter)?.Text ?? "resource";
        return new BodyShape(Json, $$$"""{"{{{Singular(collection)}}}":{"name":"robust","description":"robust"}}""");
    }

    private static string Singular(string plural) => plural switch
    {
        _ when plural.EndsWith("ies", StringComparison.Ordinal) => plural[..^3] + "y",
        _ when plural.EndsWith('s') => plural[..^1],
        _ => plural,
    };
}
