using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Reads a <c>trust</c> that keystone/trust/schema.py trust_create_request_body has checked.</summary>
internal static class TrustRequestReader
{
    private static readonly HashSet<string> Known =
    [
        "trustor_user_id", "trustee_user_id", "impersonation", "project_id", "remaining_uses", "expires_at",
        "allow_redelegation", "redelegation_count", "redelegated_trust_id", "roles", "id", "deleted_at", "links", "roles_links",
    ];

    public static TrustRequest Read(JsonObject trust)
    {
        var extra = new JsonObject();
        foreach (var (name, value) in trust)
        {
            if (!Known.Contains(name))
            {
                extra[name] = value?.DeepClone();
            }
        }

        return new TrustRequest
        {
            TrustorUserId = trust["trustor_user_id"]!.GetValue<string>(),
            TrusteeUserId = trust["trustee_user_id"]!.GetValue<string>(),
            Impersonation = trust["impersonation"]!.GetValue<bool>(),
            ProjectId = trust["project_id"]?.GetValue<string>(),
            RemainingUses = Integer(trust, "remaining_uses"),
            ExpiresAt = trust["expires_at"]?.GetValue<string>(),
            AllowRedelegation = trust["allow_redelegation"]?.GetValue<bool>() ?? false,
            RedelegationCount = Integer(trust, "redelegation_count"),
            Roles = [.. (trust["roles"]?.AsArray() ?? []).Select(role => role!.AsObject().First())
                .Select(role => role.Key == "id" ? (role.Value!.GetValue<string>(), (string?)null) : (null, role.Value!.GetValue<string>()))],
            Extra = extra,
        };
    }

    // The schema bounds these only from below; the columns hold a 32-bit integer. jsonschema also takes 5.0 as an integer.
    private static int? Integer(JsonObject trust, string field)
    {
        if (trust[field] is not { } node)
        {
            return null;
        }

        var value = node.GetValue<double>();
        return value <= int.MaxValue
            ? (int)value
            : throw new BadRequestException(
                $"Invalid input for field/attribute {field}. Value: {node.ToJsonString()}. {node.ToJsonString()} is greater than the maximum of {int.MaxValue}");
    }
}
