using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Users;

/// <summary>Keystone's user options (keystone/identity/backends/resource_options.py): booleans, and MFA rules as lists of method lists.</summary>
internal static class UserOptions
{
    public const string MultiFactorAuthRules = "multi_factor_auth_rules";

    public static IReadOnlySet<string> Booleans { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ignore_change_password_upon_first_use",
        "ignore_password_expiry",
        "ignore_lockout_failure_attempts",
        "lock_password",
        "ignore_user_inactivity",
        "multi_factor_auth_enabled",
    };

    public static void Validate(JsonObject options)
    {
        foreach (var (name, value) in options)
        {
            if (Booleans.Contains(name))
            {
                if (value is not null && value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw SchemaErrors.Invalid($"options/{name}", value, "is not of type 'boolean', 'null'");
                }
            }
            else if (name == MultiFactorAuthRules)
            {
                ValidateRules(value);
            }
            else
            {
                throw new BadRequestException(
                    $"Invalid input for field 'options': Additional properties are not allowed ({SchemaErrors.Repr(name)} was unexpected)");
            }
        }
    }

    /// <summary>Applies an update: a null value removes the option.</summary>
    public static JsonObject Merge(JsonObject stored, JsonObject update)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (name, value) in update)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value.DeepClone();
            }
        }

        return merged;
    }

    private static void ValidateRules(JsonNode? value)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonArray rules)
        {
            throw SchemaErrors.Invalid($"options/{MultiFactorAuthRules}", value, "is not of type 'array', 'null'");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not JsonArray methods || methods.Any(m => m?.GetValueKind() != JsonValueKind.String))
            {
                throw SchemaErrors.Invalid($"options/{MultiFactorAuthRules}/{i}", rules[i], "is not of type 'array' of strings");
            }
        }
    }
}
