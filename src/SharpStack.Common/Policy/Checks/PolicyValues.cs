using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace SharpStack.Common.Policy.Checks;

/// <summary>Reads nested values out of targets and credentials and renders them as Python's str() would.</summary>
internal static class PolicyValues
{
    private static readonly ConcurrentDictionary<(Type Type, string Key), PropertyInfo?> Properties = new();

    public static bool TryGetMember(object? container, string key, out object? value)
    {
        switch (container)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(key, out value);
            case IDictionary map:
                if (map.Contains(key))
                {
                    value = map[key];
                    return true;
                }

                break;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                if (json.TryGetProperty(key, out var property))
                {
                    value = property;
                    return true;
                }

                break;
            case null or string or JsonElement or IEnumerable:
                break;
            default:
                var info = Properties.GetOrAdd((container.GetType(), key), static k => FindProperty(k.Type, k.Key));
                if (info is not null)
                {
                    value = info.GetValue(container);
                    return true;
                }

                break;
        }

        value = null;
        return false;
    }

    public static bool TryGetPath(object? root, string[] segments, out object? value)
    {
        value = root;
        foreach (var segment in segments)
        {
            if (!TryGetMember(value, segment, out value))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsList(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Array }
        || (value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>);

    public static IEnumerable Items(object value) =>
        value is JsonElement json ? json.EnumerateArray().Select(static e => (object?)e) : (IEnumerable)value;

    public static string ToPythonString(object? value) => value switch
    {
        null => "None",
        string text => text,
        bool flag => flag ? "True" : "False",
        JsonElement json => json.ValueKind switch
        {
            JsonValueKind.String => json.GetString() ?? string.Empty,
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Null or JsonValueKind.Undefined => "None",
            _ => json.GetRawText(),
        },
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static PropertyInfo? FindProperty(Type type, string key)
    {
        var wanted = key.Replace("_", string.Empty, StringComparison.Ordinal);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.GetIndexParameters().Length == 0
                && string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
