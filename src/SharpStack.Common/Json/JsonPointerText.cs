using System.Globalization;
using System.Text.Json;

namespace SharpStack.Common.Json;

/// <summary>The tokens of a JSON Pointer (RFC 6901) and the element it points at.</summary>
internal static class JsonPointerText
{
    public static IReadOnlyList<string> Tokens(string pointer)
    {
        var text = pointer.StartsWith('#') ? Uri.UnescapeDataString(pointer[1..]) : pointer;
        return text.Length == 0
            ? []
            : [.. text[1..].Split('/').Select(token => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
    }

    public static JsonElement? Resolve(JsonElement root, IEnumerable<string> tokens)
    {
        var current = root;
        foreach (var token in tokens)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
