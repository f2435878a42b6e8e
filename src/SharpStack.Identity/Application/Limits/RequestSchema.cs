using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application.Limits;

/// <summary>
/// Request-body checks worded as Keystone's <c>keystone.api.validation</c> words jsonschema's errors:
/// "Invalid input for field/attribute {field}. Value: {python repr}. {message}".
/// </summary>
internal static class RequestSchema
{
    public static BadRequestException Invalid(string field, JsonNode? value, string message) =>
        new($"Invalid input for field/attribute {field}. Value: {Repr(value)}. {message}");

    /// <summary>The root member <paramref name="member"/>, which must be an object.</summary>
    public static JsonObject Member(JsonObject root, string member) => root.TryGetPropertyValue(member, out var node)
        ? node as JsonObject ?? throw Invalid(member, node, $"{Repr(node)} is not of type 'object'")
        : throw new BadRequestException($"'{member}' is a required property");

    /// <summary>The root member <paramref name="member"/>, which must be a non-empty array of objects.</summary>
    public static IReadOnlyList<JsonObject> Items(JsonObject root, string member)
    {
        if (!root.TryGetPropertyValue(member, out var node))
        {
            throw new BadRequestException($"'{member}' is a required property");
        }

        var array = node as JsonArray ?? throw Invalid(member, node, $"{Repr(node)} is not of type 'array'");
        if (array.Count == 0)
        {
            throw Invalid(member, array, "[] should be non-empty");
        }

        return [.. array.Select((item, index) => item as JsonObject
            ?? throw Invalid(index.ToString(CultureInfo.InvariantCulture), item, $"{Repr(item)} is not of type 'object'"))];
    }

    /// <summary>additionalProperties: false; a null <paramref name="name"/> is the body's root, which jsonschema does not name.</summary>
    public static void AllowOnly(JsonObject body, string? name, params string[] allowed)
    {
        var unexpected = body.Select(p => p.Key).Where(k => !allowed.Contains(k, StringComparer.Ordinal)).ToList();
        if (unexpected.Count > 0)
        {
            var names = string.Join(", ", unexpected.Select(k => Repr(JsonValue.Create(k))));
            var verb = unexpected.Count == 1 ? "was" : "were";
            var message = $"Additional properties are not allowed ({names} {verb} unexpected)";
            throw name is null ? new BadRequestException(message) : Invalid(name, body, message);
        }
    }

    public static void Require(JsonObject body, string name, params string[] required)
    {
        foreach (var field in required.Where(f => !body.ContainsKey(f)))
        {
            throw Invalid(name, body, $"'{field}' is a required property");
        }
    }

    public static void RequireAny(JsonObject body, string name)
    {
        if (body.Count == 0)
        {
            throw Invalid(name, body, "{} should be non-empty");
        }
    }

    /// <summary>A string member; null when absent or (if <paramref name="nullable"/>) null.</summary>
    public static string? String(JsonObject body, string field, bool nullable = false, int minLength = 0, int maxLength = int.MaxValue)
    {
        if (!body.TryGetPropertyValue(field, out var node) || (node is null && nullable))
        {
            return null;
        }

        if (node?.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid(field, node, $"{Repr(node)} is not of type 'string'{(nullable ? ", 'null'" : "")}");
        }

        var value = node.GetValue<string>();
        return value.Length < minLength ? throw Invalid(field, node, $"{Repr(node)} is too short")
            : value.Length > maxLength ? throw Invalid(field, node, $"{Repr(node)} is too long")
            : value;
    }

    /// <summary>Keystone's name type: 1 to 255 characters with a non-blank one.</summary>
    public static string? Name(JsonObject body, string field)
    {
        var value = String(body, field, minLength: 1, maxLength: 255);
        return value is not null && value.All(char.IsWhiteSpace)
            ? throw Invalid(field, body[field], $"{Repr(body[field])} does not match '[\\\\S]+'")
            : value;
    }

    /// <summary>An integer member in [<paramref name="minimum"/>, <paramref name="maximum"/>]; null when absent.</summary>
    public static int? Integer(JsonObject body, string field, long minimum, long maximum)
    {
        if (!body.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (node?.GetValueKind() != JsonValueKind.Number || !IsInteger(node, out var value))
        {
            throw Invalid(field, node, $"{Repr(node)} is not of type 'integer'");
        }

        return value < minimum ? throw Invalid(field, node, $"{value} is less than the minimum of {minimum}")
            : value > maximum ? throw Invalid(field, node, $"{value} is greater than the maximum of {maximum}")
            : (int)value;
    }

    private static bool IsInteger(JsonNode node, out long value)
    {
        var element = node.GetValue<JsonElement>();
        if (element.TryGetInt64(out value))
        {
            return true;
        }

        // 5.0 is an integer to jsonschema; 5.5 is not; anything beyond long is out of every range we check.
        var number = element.GetDouble();
        value = number >= long.MaxValue ? long.MaxValue : number <= long.MinValue ? long.MinValue : (long)number;
        return Math.Floor(number) == number;
    }

    /// <summary>The value as Python's repr() shows the decoded JSON, as jsonschema quotes it.</summary>
    public static string Repr(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.String => "'" + value.GetValue<string>().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        JsonValueKind.Array => "[" + string.Join(", ", value.AsArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.AsObject().Select(p => $"{Repr(JsonValue.Create(p.Key))}: {Repr(p.Value)}")) + "}",
        _ => value.ToJsonString(),
    };
}
