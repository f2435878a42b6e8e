using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Image.Application.Schemas;

/// <summary>Writes a JSON value the way Python's repr() shows it, as Glance's jsonschema messages quote values.</summary>
internal static class PythonRepr
{
    public static string Of(JsonNode? node) => node switch
    {
        null => "None",
        JsonArray array => "[" + string.Join(", ", array.Select(Of)) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(pair => Quote(pair.Key) + ": " + Of(pair.Value))) + "}",
        JsonValue value => Scalar(value),
        _ => node.ToJsonString(),
    };

    public static string Quote(string value)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var text = new StringBuilder().Append(quote);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ => c.ToString(),
            });
        }

        return text.Append(quote).ToString();
    }

    private static string Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => Quote(value.GetValue<string>()),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        JsonValueKind.Number => value.ToJsonString(),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value}"),
    };
}
