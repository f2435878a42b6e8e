using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary>Roles and role inferences as Keystone writes them.</summary>
internal static class RoleViews
{
    public static JsonObject Role(HttpContext context, Role role)
    {
        var json = role.Extra.DeepClone().AsObject();
        json["id"] = role.Id;
        json["name"] = role.Name;
        json["domain_id"] = role.IsGlobal ? null : role.DomainId;
        json["description"] = role.Description;
        json["options"] = role.Options.DeepClone();
        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/roles/{role.Id}");
        return json;
    }

    public static JsonObject Roles(HttpContext context, IEnumerable<Role> roles) => new()
    {
        ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)Role(context, r))]),
        ["links"] = RoleAssignmentHttp.CollectionLinks(context),
    };

    /// <summary>The short form in role inferences: id, name and self link.</summary>
    public static JsonObject Brief(HttpContext context, Role role) => new()
    {
        ["id"] = role.Id,
        ["links"] = RoleAssignmentHttp.SelfLink(context, $"/roles/{role.Id}"),
        ["name"] = role.Name,
    };

    public static JsonObject Inference(HttpContext context, Role prior, JsonNode implies, string selfPath) => new()
    {
        ["role_inference"] = new JsonObject { ["prior_role"] = Brief(context, prior), ["implies"] = implies },
        ["links"] = RoleAssignmentHttp.SelfLink(context, selfPath),
    };
}
