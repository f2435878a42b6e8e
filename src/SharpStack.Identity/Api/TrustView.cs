using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Api;

/// <summary>A trust as Keystone's TrustModel.to_dict and the API's wrapping show it.</summary>
internal static class TrustView
{
    /// <param name="roles">The full roles for show and create; null in lists, which carry no roles.</param>
    public static JsonObject Trust(HttpContext context, Trust trust, IReadOnlyList<Role>? roles)
    {
        var json = trust.Extra.DeepClone().AsObject();
        json["id"] = trust.Id;
        json["trustor_user_id"] = trust.TrustorUserId;
        json["trustee_user_id"] = trust.TrusteeUserId;
        json["project_id"] = trust.ProjectId;
        json["impersonation"] = trust.Impersonation;
        json["expires_at"] = trust.ExpiresAt is { } expires ? AuthTokenBodies.Time(new DateTimeOffset(expires, TimeSpan.Zero)) : null;
        json["remaining_uses"] = trust.RemainingUses;
        json["deleted_at"] = trust.DeletedAt is { } deleted ? AuthTokenBodies.Time(new DateTimeOffset(deleted, TimeSpan.Zero)) : null;
        json["redelegated_trust_id"] = trust.RedelegatedTrustId;
        json["redelegation_count"] = trust.RedelegationCount;
        if (roles is not null)
        {
            json["roles"] = new JsonArray([.. roles.Select(role => (JsonNode)RoleViews.Role(context, role))]);
            json["roles_links"] = RolesLinks(context, trust.Id);
        }

        json["links"] = RoleAssignmentHttp.SelfLink(context, $"/OS-TRUST/trusts/{trust.Id}");
        return json;
    }

    public static JsonObject RolesLinks(HttpContext context, string trustId) => new()
    {
        ["self"] = RoleAssignmentHttp.V3(context) + $"/OS-TRUST/trusts/{trustId}/roles",
        ["previous"] = null,
        ["next"] = null,
    };
}
