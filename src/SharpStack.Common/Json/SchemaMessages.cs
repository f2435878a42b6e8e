using System.Text.Json;
using System.Text.RegularExpressions;

namespace SharpStack.Common.Json;

/// <summary>The messages of Python's jsonschema (the wording Keystone and Glance answer with) for one failed keyword.</summary>
internal static class SchemaMessages
{
    public static string For(string keyword, JsonElement value, JsonElement instance, JsonElement schema)
    {
        var it = PythonRepr.Of(instance);
        return keyword switch
        {
            "type" => $"{it} is not of type {Types(value)}",
            "required" => $"{PythonRepr.Quote(Missing(value, instance))} is a required property",
            "minProperties" => $"{it} does not have enough properties",
            "maxProperties" => $"{it} has too many properties",
            "minLength" or "minItems" => $"{it} is too short",
            "maxLength" or "maxItems" => $"{it} is too long",
            "uniqueItems" => $"{it} has non-unique elements",
            "pattern" => $"{it} does not match {PythonRepr.Of(value)}",
            "format" => $"{it} is not a {PythonRepr.Of(value)}",
            "enum" => $"{it} is not one of {PythonRepr.Of(value)}",
            "const" => $"{PythonRepr.Of(value)} was expected",
            "minimum" => $"{it} is less than the minimum of {PythonRepr.Of(value)}",
            "maximum" => $"{it} is greater than the maximum of {PythonRepr.Of(value)}",
            "exclusiveMinimum" => $"{it} is less than or equal to the minimum of {PythonRepr.Of(value)}",
            "exclusiveMaximum" => $"{it} is greater than or equal to the maximum of {PythonRepr.Of(value)}",
            "multipleOf" => $"{it} is not a multiple of {PythonRepr.Of(value)}",
            "contains" => $"{it} does not contain items matching the given schema",
            "additionalProperties" => AdditionalProperties(instance, schema),
            "dependentRequired" => DependentRequired(value, instance),
            "anyOf" or "oneOf" => $"{it} is not valid under any of the given schemas",
            "not" => $"{it} should not be valid under {PythonRepr.Of(value)}",
            _ => $"False schema does not allow {it}",
        };
    }

    public static string ValidUnderEach(JsonElement instance, IEnumerable<JsonElement> schemas) =>
        $"{PythonRepr.Of(instance)} is valid under each of {string.Join(", ", schemas.Select(PythonRepr.Of))}";

    private static string Types(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Join(", ", value.EnumerateArray().Select(PythonRepr.Of))
        : PythonRepr.Of(value);

    private static string Missing(JsonElement required, JsonElement instance) =>
        required.EnumerateArray().Select(name => name.GetString() ?? string.Empty)
            .FirstOrDefault(name => instance.ValueKind == JsonValueKind.Object && !instance.TryGetProperty(name, out _)) ?? string.Empty;

    private static string DependentRequired(JsonElement value, JsonElement instance)
    {
        foreach (var property in value.EnumerateObject().Where(property => instance.TryGetProperty(property.Name, out _)))
        {
            var missing = Missing(property.Value, instance);
            if (missing.Length > 0)
            {
                return $"{PythonRepr.Quote(missing)} is a dependency of {PythonRepr.Quote(property.Name)}";
            }
        }

        return $"{PythonRepr.Of(instance)} has unmet dependencies";
    }

    private static string AdditionalProperties(JsonElement instance, JsonElement schema)
    {
        var declared = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(property => property.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var patterns = schema.TryGetProperty("patternProperties", out var patternProperties) && patternProperties.ValueKind == JsonValueKind.Object
            ? [.. patternProperties.EnumerateObject().Select(pattern => pattern.Name)]
            : new List<string>();
        var extras = instance.EnumerateObject().Select(property => property.Name)
            .Where(name => !declared.Contains(name) && !patterns.Any(pattern => Regex.IsMatch(name, pattern, RegexOptions.None, TimeSpan.FromSeconds(1))))
            .ToList();
        if (patterns.Count > 0)
        {
            var sorted = string.Join(", ", extras.Order(StringComparer.Ordinal).Select(PythonRepr.Quote));
            return $"{sorted} {(extras.Count == 1 ? "does" : "do")} not match any of the regexes: {string.Join(", ", patterns.Order(StringComparer.Ordinal).Select(PythonRepr.Quote))}";
        }

        return $"Additional properties are not allowed ({string.Join(", ", extras.Select(PythonRepr.Quote))} {(extras.Count == 1 ? "was" : "were")} unexpected)";
    }
}
