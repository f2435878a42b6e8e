using System.Globalization;
using System.Text.Json;

namespace SharpStack.Common.Json;

/// <summary>The segments of a System.Text.Json path such as <c>$.server.networks[0]['port-id']</c>.</summary>
internal static class JsonPath
{
    public static List<object> Segments(string? path)
    {
        var segments = new List<object>();
        var text = path ?? "$";
        var i = text.StartsWith('$') ? 1 : 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var end = text.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? text.Length : end;
                segments.Add(text[(i + 1)..end]);
                i = end;
            }
            else if (i + 1 < text.Length && text[i] == '[' && text[i + 1] == '\'')
            {
                var end = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end;
                segments.Add(text[(i + 2)..end]);
                i = Math.Min(end + 2, text.Length);
            }
            else if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                end = end < 0 ? text.Length : end;
                segments.Add(int.Parse(text.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture));
                i = Math.Min(end + 1, text.Length);
            }
            else
            {
                i++;
            }
        }

        return segments;
    }

    public static JsonElement? Find(JsonElement root, IEnumerable<object> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (segment is string name && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var child))
            {
                current = child;
            }
            else if (segment is int index && current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength())
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
