using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;
using SharpStack.Identity.Api;
using SharpStack.Identity.Domain;

namespace SharpStack.Identity.Application.Trusts;

/// <summary>Keystone's trust_create schema: the 400s name the field as its jsonschema validation does.</summary>
internal static class TrustRequestReader
{
    private static readonly HashSet<string> Known =
    [
        "trustor_user_id", "trustee_user_id", "impersonation", "project_id", "remaining_uses", "expires_at",
        "allow_redelegation", "redelegation_count", "redelegated_trust_id", "roles", "id", "deleted_at", "links", "roles_links",
    ];

    public static TrustRequest Read(JsonObject trust)
    {
        foreach (var required in (string[])["trustor_user_id", "trustee_user_id", "impersonation"])
        {
            if (!trust.ContainsKey(required))
            {
                throw new BadRequestException($"Invalid input for field 'trust': '{required}' is a required property");
            }
        }

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
            TrustorUserId = String(trust, "trustor_user_id", nullable: false)!,
            TrusteeUserId = String(trust, "trustee_user_id", nullable: false)!,
            Impersonation = Boolean(trust, "impersonation", nullable: false) ?? false,
            ProjectId = String(trust, "project_id", nullable: true),
            RemainingUses = Integer(trust, "remaining_uses", minimum: 1),
            ExpiresAt = String(trust, "expires_at", nullable: true),
            AllowRedelegation = Boolean(trust, "allow_redelegation", nullable: true) ?? false,
            RedelegationCount = Integer(trust, "redelegation_count", minimum: 0),
            Roles = Roles(trust),
            Extra = extra,
        };
    }

    private static string? String(JsonObject trust, string field, bool nullable)
    {
        var node = trust[field];
        if (node is null)
        {
            return nullable || !trust.ContainsKey(field) ? null : throw Invalid(field, "None is not of type 'string'");
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw Invalid(field, $"{RoleAssignmentHttp.Python(node)} is not of type {(nullable ? "'string', 'null'" : "'string'")}");
    }

    private static bool? Boolean(JsonObject trust, string field, bool nullable)
    {
        var node = trust[field];
        if (node is null && nullable)
        {
            return null;
        }

        return node?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(field, $"{RoleAssignmentHttp.Python(node)} is not of type {(nullable ? "'boolean', 'null'" : "'boolean'")}"),
        };
    }

    private static int? Integer(JsonObject trust, string field, int minimum)
    {
        var node = trust[field];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var value))
        {
            throw Invalid(field, $"{RoleAssignmentHttp.Python(node)} is not of type 'integer', 'null'");
        }

        return value >= minimum ? value : throw Invalid(field, $"{value} is less than the minimum of {minimum}");
    }

    private static List<(string? Id, string? Name)> Roles(JsonObject trust)
    {
        var node = trust["roles"];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw Invalid("roles", $"{RoleAssignmentHttp.Python(node)} is not of type 'array'");
        }

        var roles = new List<(string? Id, string? Name)>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"roles/{i}";
            if (array[i] is not JsonObject role)
            {
                throw Invalid(path, $"{RoleAssignmentHttp.Python(array[i])} is not of type 'object'");
            }

            if (role.Count != 1)
            {
                throw Invalid(path, role.Count == 0 ? "{} does not have enough properties" : $"{role.ToJsonString()} has too many properties");
            }

            var (name, value) = role.First();
            if (name is not ("id" or "name"))
            {
                throw Invalid(path, $"Additional properties are not allowed ('{name}' was unexpected)");
            }

            if (value?.GetValueKind() != JsonValueKind.String || value.GetValue<string>().Length is 0 or > Role.NameMaxLength)
            {
                throw Invalid($"{path}/{name}", $"{RoleAssignmentHttp.Python(value)} is not a valid {name}");
            }

            roles.Add(name == "id" ? (value.GetValue<string>(), null) : (null, value.GetValue<string>()));
        }

        return roles;
    }

    private static BadRequestException Invalid(string field, string message) =>
        new($"Invalid input for field '{field}': {message}");
}
