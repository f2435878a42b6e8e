using System.Text.Json;
using System.Text.Json.Nodes;
using SharpStack.Common.Faults;

namespace SharpStack.Identity.Application;

/// <summary>400 messages in the words of jsonschema, which Keystone's validation errors carry.</summary>
internal static class SchemaErrors
{
    public static BadRequestException Invalid(string field, JsonNode? value, string problem) =>
        new($"Invalid input for field '{field}': {Repr(value)} {problem}");

    /// <summary>The value as Python's repr() shows it, which is how jsonschema quotes it.</summary>
    public static string Repr(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.String => "'" + value.GetValue<string>().Replace("'", "\\'", StringComparison.Ordinal) + "'",
        JsonValueKind.Array => "[" + string.Join(", ", value.AsArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.AsObject().Select(p => $"'{p.Key}': {Repr(p.Value)}")) + "}",
        _ => value.ToJsonString(),
    };

    public static string Repr(string value) => Repr(JsonValue.Create(value));
}
