using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharpStack.Common.Faults;

namespace SharpStack.Image.Application.Schemas;

/// <summary>
/// Checks a document against one of Glance's schemas, for the keywords those schemas use (type, enum, maxLength,
/// pattern, items, additionalProperties), with jsonschema's wording in Glance's 400.
/// </summary>
internal static class SchemaValidator
{
    /// <exception cref="BadRequestException">The document does not match the schema.</exception>
    public static void Validate(JsonObject document, JsonObject schema)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(schema);
        var problem = FindProblem(document, schema);
        if (problem is not null)
        {
            throw new BadRequestException($"Provided object does not match schema '{schema["name"]}': {problem}");
        }
    }

    private static string? FindProblem(JsonObject document, JsonObject schema)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var (name, value) in document)
        {
            var propertySchema = properties?[name] as JsonObject ?? schema["additionalProperties"] as JsonObject;
            if (propertySchema is null)
            {
                if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
                {
                    return $"Additional properties are not allowed ({PythonRepr.Quote(name)} was unexpected)";
                }

                continue;
            }

            var problem = Check(value, propertySchema);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Check(JsonNode? value, JsonObject schema)
    {
        if (schema["type"] is { } type && !MatchesType(value, type))
        {
            var names = type is JsonArray many ? string.Join(", ", many.Select(t => PythonRepr.Quote(t!.GetValue<string>()))) : PythonRepr.Quote(type.GetValue<string>());
            return $"{PythonRepr.Of(value)} is not of type {names}";
        }

        if (schema["enum"] is JsonArray choices && !choices.Any(choice => JsonNode.DeepEquals(choice, value)))
        {
            return $"{PythonRepr.Of(value)} is not one of {PythonRepr.Of(choices)}";
        }

        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var s = text.GetValue<string>();
            if (schema["maxLength"] is JsonValue max && s.Length > max.GetValue<int>())
            {
                return $"{PythonRepr.Of(value)} is too long";
            }

            if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(s, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return $"{PythonRepr.Of(value)} does not match {PythonRepr.Quote(pattern.GetValue<string>())}";
            }
        }

        if (value is JsonArray items && schema["items"] is JsonObject itemSchema)
        {
            return items.Select(item => Check(item, itemSchema)).FirstOrDefault(problem => problem is not null);
        }

        return null;
    }

    private static bool MatchesType(JsonNode? value, JsonNode type) =>
        type is JsonArray many ? many.Any(t => Is(value, t!.GetValue<string>())) : Is(value, type.GetValue<string>());

    private static bool Is(JsonNode? value, string type)
    {
        var kind = value is null ? JsonValueKind.Null : value.GetValueKind();
        return type switch
        {
            "null" => kind == JsonValueKind.Null,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "integer" => kind == JsonValueKind.Number && value!.AsValue().TryGetValue<long>(out _),
            "number" => kind == JsonValueKind.Number,
            "array" => kind == JsonValueKind.Array,
            "object" => kind == JsonValueKind.Object,
            _ => true,
        };
    }
}
