using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharpStack.Common.Faults;
using SharpStack.Identity.Api;

namespace SharpStack.Identity.Application.Roles;

/// <summary>Keystone's JSON-schema checks on a request member, with its "Invalid input for field" messages.</summary>
internal static partial class ResourceValidation
{
    public static string? OptionalString(JsonObject member, string field, int? maxLength = null, bool nullable = true, int minLength = 0)
    {
        if (!member.TryGetPropertyValue(field, out var node) || node is null)
        {
            if (node is null && member.ContainsKey(field) && !nullable)
            {
                throw Invalid(field, "None is not of type 'string'");
            }

            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid(field, $"{RoleAssignmentHttp.Python(node)} is not of type 'string'");
        }

        var value = node.GetValue<string>();
        if (value.Length < minLength)
        {
            throw Invalid(field, $"'{value}' is too short");
        }

        if (maxLength is { } max && value.Length > max)
        {
            throw Invalid(field, $"'{value}' is too long");
        }

        return value;
    }

    public static string RequiredString(JsonObject member, string memberName, string field, int maxLength, int minLength = 1)
    {
        if (!member.ContainsKey(field))
        {
            throw new BadRequestException($"Invalid input for field '{memberName}': '{field}' is a required property");
        }

        return OptionalString(member, field, maxLength, nullable: false, minLength) ?? "";
    }

    public static string Name(JsonObject member, string memberName, int maxLength)
    {
        var name = RequiredString(member, memberName, "name", maxLength);
        if (!NonBlank().IsMatch(name))
        {
            throw Invalid("name", $"'{name}' does not match '[\\\\S]+'");
        }

        return name;
    }

    public static bool? OptionalBool(JsonObject member, string field)
    {
        if (!member.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        return node?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? node.GetValue<bool>()
            : throw Invalid(field, $"{RoleAssignmentHttp.Python(node)} is not of type 'boolean'");
    }

    /// <summary>The members' properties that are not in <paramref name="known"/>, kept as Keystone's <c>extra</c>.</summary>
    public static JsonObject Extra(JsonObject member, JsonObject? existing, params string[] known)
    {
        var extra = existing?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in member)
        {
            if (!known.Contains(key, StringComparer.Ordinal) && key != "id" && key != "links")
            {
                extra[key] = value?.DeepClone();
            }
        }

        return extra;
    }

    public static BadRequestException Invalid(string field, string message) =>
        new($"Invalid input for field '{field}': {message}");

    [GeneratedRegex(@"[\S]+")]
    private static partial Regex NonBlank();
}
